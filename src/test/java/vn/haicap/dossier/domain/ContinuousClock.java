package vn.haicap.dossier.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.haicap.calendar.DeadlinePolicy;

/** A test clock where every minute is working time and a working day is 8 hours. */
final class ContinuousClock implements WorkingClock {

    @Override
    public Appointment due(OffsetDateTime from, long workingMinutes, @Nullable LocalTime cutOff) {
        return new Appointment(from.plusMinutes(workingMinutes), 7, List.<LocalDate>of());
    }

    @Override
    public Appointment appointment(
            OffsetDateTime receivedAt, long limitMinutes, @Nullable LocalTime cutOff, DeadlinePolicy policy) {
        return due(receivedAt, limitMinutes, cutOff);
    }

    @Override
    public long workingMinutesBetween(OffsetDateTime from, OffsetDateTime to) {
        return Math.max(0, Duration.between(from, to).toMinutes());
    }

    @Override
    public OffsetDateTime handoverDue(OffsetDateTime receivedAt, boolean electronic) {
        return electronic ? receivedAt : receivedAt.plusMinutes(480);
    }

    @Override
    public long minutesPerWorkingDay() {
        return 480;
    }
}
