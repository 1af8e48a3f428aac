package vn.haicap.dossier;

import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.haicap.calendar.CalendarDay;
import vn.haicap.calendar.Deadline;
import vn.haicap.calendar.WorkingCalendar;
import vn.haicap.dossier.domain.Appointment;
import vn.haicap.dossier.domain.WorkingClock;

/** The dossier's working-time arithmetic on the public-sector working calendar. */
@Component
class CalendarWorkingClock implements WorkingClock {

    private static final LocalTime HANDOVER_CUT_OFF = LocalTime.of(15, 0);

    private final WorkingCalendar calendar;

    CalendarWorkingClock(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public Appointment due(OffsetDateTime from, long workingMinutes, @Nullable LocalTime cutOff) {
        Deadline deadline = calendar.due(from, Duration.ofMinutes(workingMinutes), cutOff);
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
            if (calendar.due(from, Duration.ofMinutes(mid), null).due().isAfter(to)) {
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
                ? calendar.due(receivedAt, Duration.ofMinutes(1), HANDOVER_CUT_OFF)
                        .countedFrom()
                : calendar.due(receivedAt, Duration.ofMinutes(calendar.minutesPerWorkingDay()), null)
                        .due();
    }

    @Override
    public long minutesPerWorkingDay() {
        return calendar.minutesPerWorkingDay();
    }
}
