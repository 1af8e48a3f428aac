package vn.haicap.calendar;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * One working session of an office day, e.g. 08:00–12:00. A day's sessions are in order and never
 * overlap; each lies within the day (it cannot run past midnight).
 */
public record WorkingSession(LocalTime start, LocalTime end) {

    public WorkingSession {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a working session must end after it starts: " + start + "-" + end);
        }
    }

    public long minutes() {
        return ChronoUnit.MINUTES.between(start, end);
    }

    /** As configured: {@code 08:00-12:00}. */
    @Override
    public String toString() {
        return start + "-" + end;
    }

    /**
     * Parses a day's sessions as configured, e.g. {@code 08:00-12:00,13:00-17:00}, and checks them: at least
     * one, each a valid time range within the day, in order and not overlapping.
     *
     * @throws IllegalArgumentException with a message that names the offending part
     */
    public static List<WorkingSession> parseAll(String text) {
        List<WorkingSession> sessions = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String[] bounds = part.strip().split("-", -1);
            if (bounds.length != 2) {
                throw new IllegalArgumentException("\"" + part.strip() + "\" is not a session such as 08:00-12:00");
            }
            LocalTime start = time(bounds[0], part);
            LocalTime end = time(bounds[1], part);
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException(
                        "the session \"" + part.strip() + "\" must end after it starts, within the same day");
            }
            WorkingSession session = new WorkingSession(start, end);
            if (!sessions.isEmpty()) {
                WorkingSession previous = sessions.get(sessions.size() - 1);
                if (session.start().isBefore(previous.end())) {
                    throw new IllegalArgumentException("the sessions must be in order and must not overlap: " + session
                            + " starts before " + previous + " ends");
                }
            }
            sessions.add(session);
        }
        return List.copyOf(sessions);
    }

    /** The sessions as configured, e.g. {@code 08:00-12:00,13:00-17:00}. */
    public static String format(List<WorkingSession> sessions) {
        return String.join(",", sessions.stream().map(WorkingSession::toString).toList());
    }

    private static LocalTime time(String value, String part) {
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "\"" + value.strip() + "\" in \"" + part.strip()
                            + "\" is not a time of day (HH:mm, 00:00 to 23:59)",
                    e);
        }
    }
}
