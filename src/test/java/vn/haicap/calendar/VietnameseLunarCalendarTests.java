package vn.haicap.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.haicap.calendar.rules.VietnameseLunarCalendar;

class VietnameseLunarCalendarTests {

    @Test
    void findsTetOfRecentAndComingYears() {
        assertThat(VietnameseLunarCalendar.lunarNewYear(2025)).isEqualTo(LocalDate.of(2025, 1, 29));
        assertThat(VietnameseLunarCalendar.lunarNewYear(2026)).isEqualTo(LocalDate.of(2026, 2, 17));
        assertThat(VietnameseLunarCalendar.lunarNewYear(2027)).isEqualTo(LocalDate.of(2027, 2, 6));
    }

    @Test
    void usesVietnamsMeridianWhereTetDiffersFromChina() {
        assertThat(VietnameseLunarCalendar.lunarNewYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
        assertThat(VietnameseLunarCalendar.lunarNewYear(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
    }

    @Test
    void findsTheHungKingsCommemorationOnTheTenthDayOfTheThirdMonth() {
        assertThat(VietnameseLunarCalendar.toGregorian(2025, 3, 10)).isEqualTo(LocalDate.of(2025, 4, 7));
        assertThat(VietnameseLunarCalendar.toGregorian(2026, 3, 10)).isEqualTo(LocalDate.of(2026, 4, 26));
    }
}
