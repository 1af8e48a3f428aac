package vn.haicap.calendar.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.haicap.calendar.CalendarDay;
import vn.haicap.calendar.DayKind;

/**
 * The statutory holidays of a year whose official notice is not recorded yet (Labour Code 2019
 * Art. 112, Resolution 28/2026/QH16 for Culture Day). The Prime Minister fixes the exact Tết and
 * National Day days each year; the forecast uses the most common pattern (the last day of the lunar
 * year and the first four of the new one; 1 and 2 September) and no swaps.
 */
public final class HolidayForecast {

    private static final String LABOUR_CODE = "Bộ luật Lao động 2019, Điều 112 (dự báo)";
    private static final String CULTURE_DAY = "Nghị quyết 28/2026/QH16 (dự báo)";

    private HolidayForecast() {}

    public static YearCalendar forYear(int year) {
        List<CalendarDay> holidays = new ArrayList<>();
        holiday(holidays, LocalDate.of(year, 1, 1), "new_year", LABOUR_CODE);
        LocalDate tet = VietnameseLunarCalendar.lunarNewYear(year);
        for (int offset = -1; offset <= 3; offset++) {
            holiday(holidays, tet.plusDays(offset), "tet", LABOUR_CODE);
        }
        holiday(holidays, VietnameseLunarCalendar.toGregorian(year, 3, 10), "hung_kings", LABOUR_CODE);
        holiday(holidays, LocalDate.of(year, 4, 30), "reunification", LABOUR_CODE);
        holiday(holidays, LocalDate.of(year, 5, 1), "labour_day", LABOUR_CODE);
        holiday(holidays, LocalDate.of(year, 9, 1), "national_day", LABOUR_CODE);
        holiday(holidays, LocalDate.of(year, 9, 2), "national_day", LABOUR_CODE);
        if (year >= 2026) {
            holiday(holidays, LocalDate.of(year, 11, 24), "culture_day", CULTURE_DAY);
        }
        holidays.addAll(compensatoryDays(holidays));
        return new YearCalendar(year, holidays, true);
    }

    /** A holiday on a Saturday or Sunday gives the next working day off (Art. 111(3)). */
    private static List<CalendarDay> compensatoryDays(List<CalendarDay> holidays) {
        Set<LocalDate> taken = new LinkedHashSet<>();
        holidays.forEach(h -> taken.add(h.date()));
        List<CalendarDay> compensatory = new ArrayList<>();
        for (CalendarDay holiday : holidays) {
            if (!YearCalendar.isWeekend(holiday.date())) {
                continue;
            }
            LocalDate day = holiday.date().plusDays(1);
            while (YearCalendar.isWeekend(day) || taken.contains(day)) {
                day = day.plusDays(1);
            }
            taken.add(day);
            compensatory.add(new CalendarDay(day, DayKind.COMPENSATORY, holiday.occasion(), null, LABOUR_CODE, true));
        }
        return compensatory;
    }

    private static void holiday(List<CalendarDay> days, LocalDate date, String occasion, String legalBasis) {
        days.add(new CalendarDay(date, DayKind.HOLIDAY, occasion, null, legalBasis, true));
    }
}
