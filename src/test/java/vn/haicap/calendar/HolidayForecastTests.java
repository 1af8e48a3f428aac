package vn.haicap.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.haicap.calendar.rules.HolidayForecast;
import vn.haicap.calendar.rules.OfficialCalendars;
import vn.haicap.calendar.rules.YearCalendar;

class HolidayForecastTests {

    @Test
    void forecastsTheStatutoryHolidaysOf2027() {
        YearCalendar year = HolidayForecast.forYear(2027);
        assertThat(year.isForecast()).isTrue();
        // Lunar New Year's Day 2027 is Saturday 6 February: the break covers 5 to 9 February
        assertThat(year.isWorkingDay(LocalDate.of(2027, 2, 5))).isFalse();
        assertThat(year.isWorkingDay(LocalDate.of(2027, 2, 9))).isFalse();
        assertThat(year.isWorkingDay(LocalDate.of(2027, 11, 24))).isFalse();
        assertThat(year.isWorkingDay(LocalDate.of(2027, 11, 25))).isTrue();
    }

    @Test
    void givesACompensatoryDayForAHolidayOnAWeekend() {
        // 1 May 2027 is a Saturday; 30 April is a Friday
        YearCalendar year = HolidayForecast.forYear(2027);
        assertThat(year.exceptionOn(LocalDate.of(2027, 5, 3)))
                .hasValueSatisfying(day -> assertThat(day.kind()).isEqualTo(DayKind.COMPENSATORY));
    }

    @Test
    void theForecastFor2026AgreesWithTheOfficialNoticeExceptForTheSwap() {
        YearCalendar forecast = HolidayForecast.forYear(2026);
        YearCalendar official = OfficialCalendars.yearOrForecast(2026);
        assertThat(official.isForecast()).isFalse();
        for (LocalDate date = LocalDate.of(2026, 1, 1); date.getYear() == 2026; date = date.plusDays(1)) {
            boolean swapRelated = date.equals(LocalDate.of(2026, 8, 31)) || date.equals(LocalDate.of(2026, 8, 22));
            if (!swapRelated) {
                assertThat(forecast.isWorkingDay(date)).as(date.toString()).isEqualTo(official.isWorkingDay(date));
            }
        }
    }

    @Test
    void listsEveryNonWorkingWeekdayOf2026AsTheNotesDo() {
        YearCalendar year = OfficialCalendars.yearOrForecast(2026);
        assertThat(year.nonWorkingDays().stream()
                        .filter(day -> day.kind() != DayKind.WEEKEND)
                        .filter(day -> day.date().getDayOfWeek().getValue() <= 5)
                        .map(CalendarDay::date)
                        .map(LocalDate::toString))
                .containsExactly(
                        "2026-01-01",
                        "2026-02-16",
                        "2026-02-17",
                        "2026-02-18",
                        "2026-02-19",
                        "2026-02-20",
                        "2026-04-27",
                        "2026-04-30",
                        "2026-05-01",
                        "2026-08-31",
                        "2026-09-01",
                        "2026-09-02",
                        "2026-11-24");
        assertThat(year.isWorkingDay(LocalDate.of(2026, 8, 22)))
                .as("make-up Saturday")
                .isTrue();
    }
}
