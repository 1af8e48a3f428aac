package vn.haicap.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.haicap.calendar.rules.OfficialCalendars;
import vn.haicap.calendar.rules.WorkingTimeArithmetic;

/** The worked examples of the domain notes (calendar.md §5), on the official 2025 and 2026 calendars. */
class WorkingTimeArithmeticTests {

    private final WorkingTimeArithmetic arithmetic = new WorkingTimeArithmetic(
            List.of(
                    new WorkingSession(LocalTime.of(8, 0), LocalTime.of(12, 0)),
                    new WorkingSession(LocalTime.of(13, 0), LocalTime.of(17, 0))),
            OfficialCalendars::yearOrForecast);

    private LocalDateTime due(String from, double workingDays) {
        return arithmetic
                .add(LocalDateTime.parse(from), Math.round(workingDays * 480), null)
                .due();
    }

    @Test
    void skipsTheTetBreak() {
        var result = arithmetic.add(LocalDateTime.parse("2026-02-13T10:00"), 3 * 480, null);
        assertThat(result.due()).isEqualTo(LocalDateTime.parse("2026-02-25T10:00"));
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
    void skipsTheCompensatoryDayOfAHolidayOnASunday() {
        assertThat(due("2026-04-24T15:30", 1)).isEqualTo(LocalDateTime.parse("2026-04-28T15:30"));
    }

    @Test
    void startsNextWorkingDayAfterTheCutOffAndCountsAMakeUpSaturday() {
        var result = arithmetic.add(LocalDateTime.parse("2026-08-21T16:00"), 2 * 480, LocalTime.of(15, 0));
        assertThat(result.countedFrom()).isEqualTo(LocalDateTime.parse("2026-08-22T08:00"));
        assertThat(result.due()).isEqualTo(LocalDateTime.parse("2026-08-24T17:00"));
    }

    @Test
    void skipsTheNationalDayBreakIncludingTheSwappedMonday() {
        assertThat(due("2026-08-27T09:00", 3)).isEqualTo(LocalDateTime.parse("2026-09-04T09:00"));
    }

    @Test
    void skipsVietnamCultureDay() {
        assertThat(due("2026-11-23T10:00", 2)).isEqualTo(LocalDateTime.parse("2026-11-26T10:00"));
    }

    @Test
    void countsThePartOfTheReceiptDayLeftAndResumesAfterTheBreak() {
        assertThat(due("2025-04-29T09:00", 2)).isEqualTo(LocalDateTime.parse("2025-05-06T09:00"));
    }

    @Test
    void countsHalfDaysAndHours() {
        assertThat(due("2026-11-25T10:00", 0.5)).isEqualTo(LocalDateTime.parse("2026-11-25T15:00"));
        assertThat(arithmetic
                        .add(LocalDateTime.parse("2026-11-25T11:00"), 4 * 60, null)
                        .due())
                .isEqualTo(LocalDateTime.parse("2026-11-25T16:00"));
    }

    @Test
    void aReceiptOutsideOfficeHoursStartsAtTheNextSession() {
        assertThat(due("2026-11-25T18:30", 1)).isEqualTo(LocalDateTime.parse("2026-11-26T17:00"));
        assertThat(due("2026-11-25T12:15", 0.5)).isEqualTo(LocalDateTime.parse("2026-11-25T17:00"));
        assertThat(due("2026-11-28T09:00", 1)).as("a Saturday").isEqualTo(LocalDateTime.parse("2026-11-30T17:00"));
    }

    @Test
    void walksThroughAProvincesOwnSessions() {
        // Hồ Chí Minh City style hours: 07:30-11:30 and 13:30-17:00, a 7.5-hour working day
        var hcm = new WorkingTimeArithmetic(
                WorkingSession.parseAll("07:30-11:30,13:30-17:00"), OfficialCalendars::yearOrForecast);
        assertThat(hcm.minutesPerWorkingDay()).isEqualTo(450);
        // Fri 13 Feb 2026 10:00: 1.5 h + 3.5 h left that day, then the Tết break, then 3 x 450 min
        var result = hcm.add(LocalDateTime.parse("2026-02-13T10:00"), 3 * 450, null);
        assertThat(result.due()).isEqualTo(LocalDateTime.parse("2026-02-25T10:00"));
        // a receipt at 12:00 waits for the afternoon session at 13:30
        assertThat(hcm.add(LocalDateTime.parse("2026-11-25T12:00"), 60, null).due())
                .isEqualTo(LocalDateTime.parse("2026-11-25T14:30"));
        // after the cut-off the count starts at the province's first session of the next working day
        var cut = hcm.add(LocalDateTime.parse("2026-11-25T15:30"), 60, LocalTime.of(15, 0));
        assertThat(cut.countedFrom()).isEqualTo(LocalDateTime.parse("2026-11-26T07:30"));
        assertThat(cut.due()).isEqualTo(LocalDateTime.parse("2026-11-26T08:30"));
    }

    @Test
    void endsAtTheCloseOfTheLastSessionRatherThanTheNextMorning() {
        assertThat(due("2026-11-25T08:00", 1)).isEqualTo(LocalDateTime.parse("2026-11-25T17:00"));
    }
}
