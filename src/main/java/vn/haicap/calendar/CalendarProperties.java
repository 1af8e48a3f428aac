package vn.haicap.calendar;

import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Checked when the application starts: a bad value stops it with a message naming the property.
 *
 * @param sessions the working sessions of a day, e.g. {@code 08:00-12:00,13:00-17:00}: the national default
 * @param provinceSessions a province's own sessions by its two-digit code, e.g. {@code
 *     haicap.calendar.province-sessions.79=07:30-11:30,13:30-17:00}; other provinces use {@code sessions}
 * @param zone the time zone in which offices work
 */
@ConfigurationProperties("haicap.calendar")
record CalendarProperties(
        @DefaultValue("08:00-12:00,13:00-17:00") String sessions,
        @DefaultValue Map<String, String> provinceSessions,
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone) {

    static final Pattern PROVINCE_CODE = Pattern.compile("[0-9]{2}");

    CalendarProperties {
        provinceSessions = Map.copyOf(provinceSessions);
        parse("haicap.calendar.sessions", sessions);
        provinceSessions.forEach((province, value) -> {
            String property = "haicap.calendar.province-sessions." + province;
            if (!PROVINCE_CODE.matcher(province).matches()) {
                throw new IllegalArgumentException(
                        property + ": \"" + province + "\" is not a two-digit province code such as 01 or 79");
            }
            parse(property, value);
        });
    }

    java.util.List<WorkingSession> parsedSessions() {
        return WorkingSession.parseAll(sessions);
    }

    /** Each configured province's sessions, by code. */
    Map<String, java.util.List<WorkingSession>> parsedProvinceSessions() {
        Map<String, java.util.List<WorkingSession>> parsed = new TreeMap<>();
        provinceSessions.forEach((province, value) -> parsed.put(province, WorkingSession.parseAll(value)));
        return parsed;
    }

    private static void parse(String property, String value) {
        try {
            WorkingSession.parseAll(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    property + "=" + value + " is not a valid list of working sessions (e.g. 08:00-12:00,13:00-17:00): "
                            + e.getMessage(),
                    e);
        }
    }
}
