package vn.haicap.calendar.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import vn.haicap.calendar.CalendarDay;
import vn.haicap.calendar.WorkingSession;

/**
 * Walks working time forward through the working sessions of working days ("policy A" of the
 * domain notes): a deadline of N working days is N times the length of a working day, so half days
 * and hours work the same way, and the appointment keeps the time of day of the receipt.
 */
public final class WorkingTimeArithmetic {

    /** Far enough for any statutory limit; stops a runaway walk on a calendar without working days. */
    private static final int MAX_DAYS_WALKED = 366 * 20;

    /**
     * @param countedFrom when the clock started
     * @param skippedDays the exceptional days off passed over (holidays, compensatory and swapped days)
     */
    public record Result(LocalDateTime due, LocalDateTime countedFrom, List<CalendarDay> skippedDays) {}

    private final List<WorkingSession> sessions;
    private final IntFunction<YearCalendar> years;

    public WorkingTimeArithmetic(List<WorkingSession> sessions, IntFunction<YearCalendar> years) {
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("at least one working session is needed");
        }
        this.sessions = List.copyOf(sessions);
        this.years = years;
    }

    public List<WorkingSession> sessions() {
        return sessions;
    }

    public long minutesPerWorkingDay() {
        return sessions.stream().mapToLong(WorkingSession::minutes).sum();
    }

    /**
     * @param cutOff when set, a dossier received at or after this time of a working day (or on a day
     *     off) is treated as received at the start of the next working day
     */
    public Result add(LocalDateTime from, long workingMinutes, @Nullable LocalTime cutOff) {
        LocalDateTime cursor = from;
        List<CalendarDay> skipped = new ArrayList<>();
        if (cutOff != null && (!cutOff.isAfter(from.toLocalTime()) || !isWorkingDay(from.toLocalDate()))) {
            LocalDate next = nextWorkingDay(from.toLocalDate().plusDays(1), skipped);
            cursor = next.atTime(sessions.get(0).start());
        }
        LocalDateTime countedFrom = cursor;
        long remaining = workingMinutes;
        for (int walked = 0; walked < MAX_DAYS_WALKED; walked++) {
            LocalDate day = cursor.toLocalDate();
            if (isWorkingDay(day)) {
                for (WorkingSession session : sessions) {
                    LocalTime time = cursor.toLocalTime();
                    if (!time.isBefore(session.end())) {
                        continue;
                    }
                    LocalTime start = time.isAfter(session.start()) ? time : session.start();
                    long available = ChronoUnit.MINUTES.between(start, session.end());
                    if (remaining <= available) {
                        return new Result(day.atTime(start.plusMinutes(remaining)), countedFrom, skipped);
                    }
                    remaining -= available;
                    cursor = day.atTime(session.end());
                }
            } else {
                exceptionOn(day, skipped);
            }
            cursor = day.plusDays(1).atStartOfDay();
        }
        throw new IllegalStateException("no working time found within " + MAX_DAYS_WALKED + " days of " + from);
    }

    private LocalDate nextWorkingDay(LocalDate from, List<CalendarDay> skipped) {
        LocalDate day = from;
        while (!isWorkingDay(day)) {
            exceptionOn(day, skipped);
            day = day.plusDays(1);
        }
        return day;
    }

    private boolean isWorkingDay(LocalDate day) {
        return years.apply(day.getYear()).isWorkingDay(day);
    }

    private void exceptionOn(LocalDate day, List<CalendarDay> skipped) {
        years.apply(day.getYear()).exceptionOn(day).ifPresent(skipped::add);
    }
}
