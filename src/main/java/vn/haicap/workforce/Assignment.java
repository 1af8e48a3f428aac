package vn.haicap.workforce;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person's post in an agency from a day to a day (inclusive; open while in force), by a decision. */
public record Assignment(
        UUID id,
        UUID personId,
        String agencyCode,
        @Nullable String positionCode,
        LocalDate from,
        @Nullable LocalDate to,
        boolean fullTime,
        @Nullable String decisionNumber) {

    public boolean overlaps(LocalDate otherFrom, @Nullable LocalDate otherTo) {
        return (to == null || !to.isBefore(otherFrom)) && (otherTo == null || !otherTo.isBefore(from));
    }
}
