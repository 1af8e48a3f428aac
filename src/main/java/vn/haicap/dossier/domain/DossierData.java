package vn.haicap.dossier.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.haicap.calendar.DeadlinePolicy;
import vn.haicap.dossier.DossierStatus;

/**
 * Everything a dossier keeps, as stored.
 *
 * @param timeLimitMinutes the statutory limit of the procedure version and channel, in working minutes
 * @param cutOff receipts after this time of day count from the next working day (per procedure)
 * @param deadlinePolicy how the limit becomes the appointment at receipt (the procedure's setting)
 * @param dueAt the appointment in force (after a supplement pause or an extension)
 * @param originalDueAt the appointment printed on the receipt slip (Form 01)
 * @param calendarRevision the calendar revision the appointment in force was computed with
 * @param pausedRemainingMinutes working minutes left on the clock when a supplement was requested
 * @param step where the dossier stands in its workflow version
 * @param extensionLate the extension was asked for less than one working day before the appointment
 *     (T10): the new appointment is given to the applicant, but the dossier is judged against the old one
 * @param version optimistic-locking version, 1 at creation
 */
public record DossierData(
        String code,
        String procedureCode,
        int procedureVersion,
        int workflowVersion,
        String procedureName,
        SubmissionChannel channel,
        Applicant applicant,
        String receivingProvince,
        String receivingCommune,
        String competentLevel,
        ProcessingLevel processingLevel,
        DossierStatus status,
        OffsetDateTime submittedAt,
        @Nullable OffsetDateTime receivedAt,
        @Nullable OffsetDateTime dueAt,
        @Nullable OffsetDateTime originalDueAt,
        @Nullable Long calendarRevision,
        List<LocalDate> holidaysSkipped,
        long timeLimitMinutes,
        @Nullable LocalTime cutOff,
        DeadlinePolicy deadlinePolicy,
        @Nullable OffsetDateTime pausedAt,
        @Nullable Long pausedRemainingMinutes,
        boolean supplementRequestedInProcess,
        @Nullable OffsetDateTime extendedAt,
        @Nullable String extensionReason,
        @Nullable OffsetDateTime finishedAt,
        CurrentStep step,
        boolean extensionLate,
        String checkCodeHash,
        int version) {

    public DossierData {
        holidaysSkipped = List.copyOf(holidaysSkipped);
    }
}
