package vn.haicap.calendar;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A due time computed in working time.
 *
 * @param countedFrom when the clock started (the next working session, or the next working day
 *     after a cut-off; under policy B the start of day 1)
 * @param workingMinutes the limit counted, in working minutes of the province's working day (under
 *     policy B the whole days counted times that length)
 * @param skippedDays the holidays and other exceptional days off passed over (not plain weekends)
 * @param calendarRevision the revision of the calendar used, to keep with the deadline
 * @param forecast whether a forecast (not an official) calendar was involved
 * @param policy the policy applied (limits in hours are always {@link DeadlinePolicy#WORKING_TIME})
 * @param provinceCode the province whose working sessions were used, or null for the national default
 */
public record Deadline(
        OffsetDateTime from,
        OffsetDateTime countedFrom,
        OffsetDateTime due,
        long workingMinutes,
        List<CalendarDay> skippedDays,
        long calendarRevision,
        boolean forecast,
        DeadlinePolicy policy,
        @Nullable String provinceCode) {

    /** A policy-A deadline on the national sessions. */
    public Deadline(
            OffsetDateTime from,
            OffsetDateTime countedFrom,
            OffsetDateTime due,
            long workingMinutes,
            List<CalendarDay> skippedDays,
            long calendarRevision,
            boolean forecast) {
        this(
                from,
                countedFrom,
                due,
                workingMinutes,
                skippedDays,
                calendarRevision,
                forecast,
                DeadlinePolicy.WORKING_TIME,
                null);
    }
}
