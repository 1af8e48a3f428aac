package vn.haicap.calendar;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A due time computed in working time.
 *
 * @param countedFrom when the clock started (the next working session, or the next working day
 *     after a cut-off)
 * @param skippedDays the holidays and other exceptional days off passed over (not plain weekends)
 * @param calendarRevision the revision of the calendar used, to keep with the deadline
 * @param forecast whether a forecast (not an official) calendar was involved
 */
public record Deadline(
        OffsetDateTime from,
        OffsetDateTime countedFrom,
        OffsetDateTime due,
        long workingMinutes,
        List<CalendarDay> skippedDays,
        long calendarRevision,
        boolean forecast) {}
