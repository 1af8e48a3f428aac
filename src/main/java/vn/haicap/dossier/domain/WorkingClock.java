package vn.haicap.dossier.domain;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import vn.haicap.calendar.DeadlinePolicy;

/** Working-time arithmetic as the dossier needs it; backed by the working calendar at run time. */
public interface WorkingClock {

    Appointment due(OffsetDateTime from, long workingMinutes, @Nullable LocalTime cutOff);

    /**
     * The appointment at receipt: the statutory limit (in working minutes of 8-hour days) under the
     * procedure's counting policy, on the receiving province's working sessions.
     */
    Appointment appointment(
            OffsetDateTime receivedAt, long limitMinutes, @Nullable LocalTime cutOff, DeadlinePolicy policy);

    /** The working minutes from {@code from} until {@code to}; 0 when {@code to} is not after {@code from}. */
    long workingMinutesBetween(OffsetDateTime from, OffsetDateTime to);

    long minutesPerWorkingDay();

    /**
     * T6: when the one-stop unit must have handed a received dossier to the processing agency. An
     * electronic dossier goes at once, or at the start of the next working day when received after 15:00;
     * a paper one within one working day.
     */
    OffsetDateTime handoverDue(OffsetDateTime receivedAt, boolean electronic);
}
