package vn.haicap.calendar.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import vn.haicap.calendar.CalendarDay;
import vn.haicap.calendar.WorkingSession;

/**
 * Counts whole working days the Civil Code's way ("policy B" of the domain notes, Civil Code 2015 Arts.
 * 144–148): the day of receipt is not counted, counting starts the next day, and a limit of N working days
 * ends at the close of the N-th working day after the receipt day, that is, at the end of that day's last
 * working session. With a cut-off, a receipt at or after it (or on a day off) makes the next working day
 * day 1, which is what the day count does anyway: the cut-off changes nothing under this policy.
 */
public final class CivilCodeDayCount {

    /** Far enough for any statutory limit; stops a runaway walk on a calendar without working days. */
    private static final int MAX_DAYS_WALKED = 366 * 20;

    private final List<WorkingSession> sessions;
    private final IntFunction<YearCalendar> years;

    public CivilCodeDayCount(List<WorkingSession> sessions, IntFunction<YearCalendar> years) {
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("at least one working session is needed");
        }
        this.sessions = List.copyOf(sessions);
        this.years = years;
    }

    /**
     * A procedure's cut-off needs no parameter: a receipt after it makes the next working day day 1, which
     * is already the case.
     *
     * @param workingDays the limit, at least 1 whole working day
     * @return the end of the last session of the N-th working day; counted from the start of day 1
     */
    public WorkingTimeArithmetic.Result add(LocalDateTime from, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("a day count is at least one working day: " + workingDays);
        }
        List<CalendarDay> skipped = new ArrayList<>();
        LocalDate receipt = from.toLocalDate();
        if (!isWorkingDay(receipt)) {
            exceptionOn(receipt, skipped);
        }
        // with or without a cut-off, day 1 is the first working day after the day of receipt
        LocalDate first = nextWorkingDay(receipt.plusDays(1), skipped);
        LocalDate day = first;
        for (int counted = 1; counted < workingDays; counted++) {
            day = nextWorkingDay(day.plusDays(1), skipped);
        }
        return new WorkingTimeArithmetic.Result(
                day.atTime(sessions.get(sessions.size() - 1).end()),
                first.atTime(sessions.get(0).start()),
                List.copyOf(skipped));
    }

    public List<WorkingSession> sessions() {
        return sessions;
    }

    private LocalDate nextWorkingDay(LocalDate from, List<CalendarDay> skipped) {
        LocalDate day = from;
        for (int walked = 0; walked < MAX_DAYS_WALKED; walked++) {
            if (isWorkingDay(day)) {
                return day;
            }
            exceptionOn(day, skipped);
            day = day.plusDays(1);
        }
        throw new IllegalStateException("no working day found within " + MAX_DAYS_WALKED + " days of " + from);
    }

    private boolean isWorkingDay(LocalDate day) {
        return years.apply(day.getYear()).isWorkingDay(day);
    }

    private void exceptionOn(LocalDate day, List<CalendarDay> skipped) {
        years.apply(day.getYear()).exceptionOn(day).ifPresent(skipped::add);
    }
}
