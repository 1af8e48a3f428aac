package vn.haicap.calendar;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One exceptional day of the public-sector calendar.
 *
 * @param occasion a stable key of the holiday ({@code tet}, {@code national_day}...), or null
 * @param note free text an administrator added
 * @param forecast true when computed from the statutory rules because the official notice for the
 *     year is not recorded yet
 */
public record CalendarDay(
        LocalDate date,
        DayKind kind,
        @Nullable String occasion,
        @Nullable String note,
        @Nullable String legalBasis,
        boolean forecast) {

    public static CalendarDay weekend(LocalDate date) {
        return new CalendarDay(date, DayKind.WEEKEND, null, null, null, false);
    }
}
