package vn.haicap.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.haicap.calendar.rules.CivilCodeDayCount;
import vn.haicap.calendar.rules.OfficialCalendars;
import vn.haicap.calendar.rules.WorkingTimeArithmetic;

/**
 * Policy B of the domain notes (calendar.md §5): every worked example's bracketed result, on the official
 * 2025 and 2026 calendars, and the 2027 forecast.
 */
class CivilCodeDayCountTests {

    private final CivilCodeDayCount count = new CivilCodeDayCount(
            WorkingSession.parseAll("08:00-12:00,13:00-17:00"), OfficialCalendars::yearOrForecast);

    private LocalDateTime due(String from, int workingDays) {
        return count.add(LocalDateTime.parse(from), workingDays).due();
    }

    @Test
    void skipsTheTetBreakAndEndsAtTheCloseOfTheThirdWorkingDay() {
        WorkingTimeArithmetic.Result result = count.add(LocalDateTime.parse("2026-02-13T10:00"), 3);
        assertThat(result.due()).isEqualTo(LocalDateTime.parse("2026-02-25T17:00"));
        assertThat(result.countedFrom()).as("day 1").isEqualTo(LocalDateTime.parse("2026-02-23T08:00"));
        assertThat(result.skippedDays())
                .extracting(CalendarDay::date)
                .containsExactly(
                        LocalDate.of(2026, 2, 16),
                        LocalDate.of(2026, 2, 17),
                        LocalDate.of(2026, 2, 18),
                        LocalDate.of(2026, 2, 19),
                        LocalDate.of(2026, 2, 20));
    }

    @Test
    void skipsHungKingsOnASundayAndItsCompensatoryMonday() {
        WorkingTimeArithmetic.Result result = count.add(LocalDateTime.parse("2026-04-24T15:30"), 1);
        assertThat(result.due()).isEqualTo(LocalDateTime.parse("2026-04-28T17:00"));
        assertThat(result.skippedDays())
                .extracting(CalendarDay::date, CalendarDay::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 4, 26), DayKind.HOLIDAY),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 4, 27), DayKind.COMPENSATORY));
    }

    @Test
    void aReceiptAfterTheCutOffMakesTheMakeUpSaturdayDayOne() {
        WorkingTimeArithmetic.Result result = count.add(LocalDateTime.parse("2026-08-21T16:00"), 2);
        assertThat(result.countedFrom()).isEqualTo(LocalDateTime.parse("2026-08-22T08:00"));
        assertThat(result.due()).isEqualTo(LocalDateTime.parse("2026-08-24T17:00"));
    }

    @Test
    void skipsTheNationalDayBreakIncludingTheSwappedMonday() {
        WorkingTimeArithmetic.Result result = count.add(LocalDateTime.parse("2026-08-27T09:00"), 3);
        assertThat(result.due()).isEqualTo(LocalDateTime.parse("2026-09-04T17:00"));
        assertThat(result.skippedDays())
                .extracting(CalendarDay::date)
                .containsExactly(LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2));
    }

    @Test
    void skipsVietnamCultureDay() {
        assertThat(due("2026-11-23T10:00", 2)).isEqualTo(LocalDateTime.parse("2026-11-26T17:00"));
    }

    @Test
    void doesNotCountTheReceiptDayEvenWhenReceivedEarly() {
        assertThat(due("2025-04-29T09:00", 2)).isEqualTo(LocalDateTime.parse("2025-05-06T17:00"));
        assertThat(due("2026-11-25T08:00", 1)).isEqualTo(LocalDateTime.parse("2026-11-26T17:00"));
    }

    @Test
    void aReceiptOnADayOffCountsFromTheNextWorkingDay() {
        // Sun 3 May 2026, the end of the 30/4-1/5 break: day 1 is Mon 4 May
        assertThat(due("2026-05-03T09:00", 1)).isEqualTo(LocalDateTime.parse("2026-05-04T17:00"));
        // Thu 30 Apr 2026 (a holiday) is listed as passed over
        assertThat(count.add(LocalDateTime.parse("2026-04-30T09:00"), 1).skippedDays())
                .extracting(CalendarDay::date)
                .containsExactly(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1));
    }

    @Test
    void crossesIntoTheForecastOf2027() {
        // Thu 31 Dec 2026: Fri 1 Jan 2027 is New Year
        assertThat(due("2026-12-31T10:00", 1)).isEqualTo(LocalDateTime.parse("2027-01-04T17:00"));
        // forecast Tết 2027 (Lunar New Year's Day Sat 6 Feb): Fri 5, Mon 8, Tue 9 Feb off, and Sat 6 and
        // Sun 7 give Wed 10 and Thu 11 as compensatory days
        WorkingTimeArithmetic.Result tet = count.add(LocalDateTime.parse("2027-02-04T10:00"), 1);
        assertThat(tet.due()).isEqualTo(LocalDateTime.parse("2027-02-12T17:00"));
        assertThat(tet.skippedDays())
                .extracting(CalendarDay::date)
                .contains(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11));
        assertThat(tet.skippedDays()).allMatch(CalendarDay::forecast);
    }

    @Test
    void endsAtTheCloseOfTheProvincesLastSession() {
        var hcm = new CivilCodeDayCount(
                WorkingSession.parseAll("07:30-11:30,13:30-17:30"), OfficialCalendars::yearOrForecast);
        WorkingTimeArithmetic.Result result = hcm.add(LocalDateTime.parse("2026-11-23T10:00"), 2);
        assertThat(result.due()).isEqualTo(LocalDateTime.parse("2026-11-26T17:30"));
        assertThat(result.countedFrom()).isEqualTo(LocalDateTime.parse("2026-11-25T07:30"));
    }

    @Test
    void refusesLessThanOneDay() {
        assertThatThrownBy(() -> count.add(LocalDateTime.parse("2026-11-23T10:00"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
