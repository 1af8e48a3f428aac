package vn.haicap.dossier;

import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.haicap.calendar.CalendarDay;
import vn.haicap.calendar.Deadline;
import vn.haicap.calendar.DeadlinePolicy;
import vn.haicap.calendar.WorkingCalendar;
import vn.haicap.dossier.domain.Appointment;
import vn.haicap.dossier.domain.WorkingClock;
import vn.haicap.procedure.TimeLimit;

/**
 * The dossier's working-time arithmetic on the public-sector working calendar. The bean works on the
 * national sessions; {@link #in(String)} gives the clock of a receiving province, whose sessions may differ.
 */
@Component
class CalendarWorkingClock implements WorkingClock {

    private static final LocalTime HANDOVER_CUT_OFF = LocalTime.of(15, 0);

    private final WorkingCalendar calendar;
    private final @Nullable String province;

    @org.springframework.beans.factory.annotation.Autowired
    CalendarWorkingClock(WorkingCalendar calendar) {
        this(calendar, null);
    }

    private CalendarWorkingClock(WorkingCalendar calendar, @Nullable String province) {
        this.calendar = calendar;
        this.province = province;
    }

    /** The clock of a receiving province. */
    CalendarWorkingClock in(String provinceCode) {
        return new CalendarWorkingClock(calendar, provinceCode);
    }

    @Override
    public Appointment due(OffsetDateTime from, long workingMinutes, @Nullable LocalTime cutOff) {
        return appointmentOf(calendar.due(from, Duration.ofMinutes(workingMinutes), cutOff, province));
    }

    @Override
    public Appointment appointment(
            OffsetDateTime receivedAt, long limitMinutes, @Nullable LocalTime cutOff, DeadlinePolicy policy) {
        // the limit was published in working days (or hours) of 8 hours; a province's day may be shorter
        double workingDays = limitMinutes / (double) (TimeLimit.WORKING_HOURS_PER_DAY * 60);
        return appointmentOf(calendar.dueInWorkingDays(receivedAt, workingDays, cutOff, policy, province));
    }

    private static Appointment appointmentOf(Deadline deadline) {
        return new Appointment(
                deadline.due(),
                deadline.calendarRevision(),
                deadline.skippedDays().stream().map(CalendarDay::date).toList());
    }

    /** The largest working time that, added to {@code from}, does not pass {@code to} (a binary search). */
    @Override
    public long workingMinutesBetween(OffsetDateTime from, OffsetDateTime to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long low = 0;
        long high = Math.min(Duration.between(from, to).toMinutes(), WorkingCalendar.MAX_WORKING_MINUTES);
        while (low < high) {
            long mid = (low + high + 1) / 2;
            if (calendar.due(from, Duration.ofMinutes(mid), null, province)
                    .due()
                    .isAfter(to)) {
                high = mid - 1;
            } else {
                low = mid;
            }
        }
        return low;
    }

    @Override
    public OffsetDateTime handoverDue(OffsetDateTime receivedAt, boolean electronic) {
        return electronic
                ? calendar.due(receivedAt, Duration.ofMinutes(1), HANDOVER_CUT_OFF, province)
                        .countedFrom()
                : calendar.due(receivedAt, Duration.ofMinutes(minutesPerWorkingDay()), null, province)
                        .due();
    }

    @Override
    public long minutesPerWorkingDay() {
        return calendar.minutesPerWorkingDay(province);
    }
}
