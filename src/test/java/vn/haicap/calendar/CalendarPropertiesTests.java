package vn.haicap.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The working sessions as configured: bound per province, and checked when the application starts. */
class CalendarPropertiesTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CalendarProperties.class)
    static class Config {}

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Config.class);

    @Test
    void bindsTheNationalDefaultAndEachProvincesOwnSessions() {
        runner.withPropertyValues(
                        "haicap.calendar.province-sessions.79=07:30-11:30,13:30-17:00",
                        "haicap.calendar.province-sessions.01= 08:00-12:00 , 13:30-17:30 ")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    CalendarProperties properties = context.getBean(CalendarProperties.class);
                    assertThat(properties.parsedSessions())
                            .containsExactly(
                                    new WorkingSession(LocalTime.of(8, 0), LocalTime.of(12, 0)),
                                    new WorkingSession(LocalTime.of(13, 0), LocalTime.of(17, 0)));
                    assertThat(properties.parsedProvinceSessions()).containsOnlyKeys("01", "79");
                    assertThat(properties.parsedProvinceSessions().get("79"))
                            .extracting(WorkingSession::toString)
                            .containsExactly("07:30-11:30", "13:30-17:00");
                    assertThat(properties.parsedProvinceSessions().get("01"))
                            .extracting(WorkingSession::minutes)
                            .containsExactly(240L, 240L);
                });
    }

    @Test
    void withoutProvinceSessionsEveryProvinceUsesTheDefault() {
        runner.run(context -> {
            CalendarProperties properties = context.getBean(CalendarProperties.class);
            assertThat(properties.parsedProvinceSessions()).isEmpty();
            assertThat(properties.zone().getId()).isEqualTo("Asia/Ho_Chi_Minh");
        });
    }

    @Test
    void refusesToStartWithOverlappingSessions() {
        assertStartupFails(
                "haicap.calendar.province-sessions.79=07:30-12:00,11:30-17:00",
                "haicap.calendar.province-sessions.79",
                "must not overlap");
    }

    @Test
    void refusesToStartWithSessionsOutOfOrder() {
        assertStartupFails("haicap.calendar.sessions=13:00-17:00,08:00-12:00", "haicap.calendar.sessions", "in order");
    }

    @Test
    void refusesToStartWithASessionOutsideTheDay() {
        assertStartupFails("haicap.calendar.province-sessions.01=08:00-24:00", "08:00-24:00", "not a time of day");
        assertStartupFails("haicap.calendar.province-sessions.01=22:00-02:00", "22:00-02:00", "within the same day");
        assertStartupFails("haicap.calendar.sessions=08:00", "08:00", "is not a session");
        assertStartupFails("haicap.calendar.sessions=", "haicap.calendar.sessions", "is not a session");
    }

    @Test
    void refusesToStartWithABadProvinceCode() {
        assertStartupFails(
                "haicap.calendar.province-sessions.hcm=07:30-11:30", "province-sessions.hcm", "two-digit province");
    }

    @Test
    void parsesAndPrintsSessions() {
        assertThat(WorkingSession.format(WorkingSession.parseAll("07:30-11:30,13:30-17:00")))
                .isEqualTo("07:30-11:30,13:30-17:00");
        assertThat(WorkingSession.parseAll("08:00-12:00,12:00-16:00"))
                .as("touching sessions do not overlap")
                .hasSize(2);
        assertThatThrownBy(() -> new WorkingSession(LocalTime.NOON, LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void assertStartupFails(String property, String... messageParts) {
        runner.withPropertyValues(property).run(context -> {
            assertThat(context).hasFailed();
            Throwable cause = context.getStartupFailure();
            StringBuilder messages = new StringBuilder();
            for (Throwable t = cause; t != null; t = t.getCause()) {
                messages.append(t.getMessage()).append('\n');
            }
            assertThat(messages.toString()).as(property).contains(messageParts);
        });
    }
}
