package vn.haicap.calendar.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.haicap.calendar.CalendarDay;

/**
 * The public-sector calendar of one year: Saturdays and Sundays are off, plus the recorded
 * exceptional days (holidays, compensatory and swapped days off), minus the make-up Saturdays.
 */
public final class YearCalendar {

    private final int year;
    private final Map<LocalDate, CalendarDay> exceptions;
    private final boolean forecast;

    public YearCalendar(int year, List<CalendarDay> exceptions, boolean forecast) {
        this.year = year;
        this.forecast = forecast;
        this.exceptions = new TreeMap<>();
        for (CalendarDay day : exceptions) {
            if (day.date().getYear() == year) {
                this.exceptions.put(day.date(), day);
            }
        }
    }

    public int year() {
        return year;
    }

    /** True when no official entry is recorded for this year and the days come from the statutory rules. */
    public boolean isForecast() {
        return forecast;
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDay exception = exceptions.get(date);
        if (exception != null) {
            return exception.kind().isWorking();
        }
        return !isWeekend(date);
    }

    /** Why a day is off, or a make-up working day; empty for an ordinary working day. */
    public Optional<CalendarDay> exceptionOn(LocalDate date) {
        return Optional.ofNullable(exceptions.get(date));
    }

    /** Every day off of the year, weekends included, each with its reason. */
    public List<CalendarDay> nonWorkingDays() {
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate date = LocalDate.of(year, 1, 1); date.getYear() == year; date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                continue;
            }
            CalendarDay exception = exceptions.get(date);
            days.add(exception != null ? exception : CalendarDay.weekend(date));
        }
        return days;
    }

    public List<CalendarDay> makeUpWorkingDays() {
        return exceptions.values().stream().filter(d -> d.kind().isWorking()).toList();
    }

    public List<CalendarDay> exceptions() {
        return List.copyOf(exceptions.values());
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
