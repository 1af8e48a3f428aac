package vn.haicap.calendar;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.haicap.calendar.rules.WorkingTimeArithmetic.Session;

/**
 * @param sessions the working sessions of a day, e.g. {@code 08:00-12:00,13:00-17:00}
 * @param zone the time zone in which offices work
 */
@ConfigurationProperties("haicap.calendar")
record CalendarProperties(
        @DefaultValue("08:00-12:00,13:00-17:00") String sessions,
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone) {

    List<Session> parsedSessions() {
        return Arrays.stream(sessions.split(","))
                .map(String::strip)
                .map(part -> part.split("-"))
                .map(bounds -> new Session(LocalTime.parse(bounds[0].strip()), LocalTime.parse(bounds[1].strip())))
                .toList();
    }
}
