package vn.haicap.workforce;

import java.util.List;

/** A person with their assignments and reorganisation outcomes, oldest first. */
public record PersonRecord(Person person, List<Assignment> assignments, List<Outcome> outcomes) {}
