package vn.haicap.dossier.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A due time computed in working time, with the calendar revision it was computed with. */
public record Appointment(OffsetDateTime due, long calendarRevision, List<LocalDate> holidaysSkipped) {}
