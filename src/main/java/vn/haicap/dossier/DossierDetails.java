package vn.haicap.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A dossier as its applicant and the officers with jurisdiction see it, with timeline and documents. */
public record DossierDetails(
        String code,
        String status,
        int version,
        String procedureCode,
        int procedureVersion,
        int workflowVersion,
        String procedureName,
        String channel,
        Applicant applicant,
        String receivingProvince,
        String receivingCommune,
        String receivingCommuneName,
        String competentLevel,
        String processingLevel,
        OffsetDateTime submittedAt,
        @Nullable OffsetDateTime receivedAt,
        @Nullable OffsetDateTime dueAt,
        @Nullable OffsetDateTime originalDueAt,
        @Nullable Long calendarRevision,
        List<LocalDate> holidaysSkipped,
        long timeLimitMinutes,
        boolean paused,
        @Nullable Long pausedRemainingMinutes,
        @Nullable OffsetDateTime extendedAt,
        @Nullable String extensionReason,
        @Nullable OffsetDateTime finishedAt,
        boolean dueSoon,
        boolean overdue,
        boolean apologyRequired,
        List<String> allowedActions,
        @Nullable String assignee,
        @Nullable String rating,
        List<TimelineEntry> timeline,
        List<DocumentInfo> documents,
        @Nullable StepInfo currentStep,
        List<StepInfo> workflow,
        boolean extensionLate,
        @Nullable String resultCode,
        @Nullable String resultNumberSymbol) {

    public record Applicant(
            @Nullable String username,
            String name,
            @Nullable String idNumber,
            @Nullable String address,
            @Nullable String email,
            @Nullable String phone) {}

    /**
     * @param step the workflow step this action completed, if any
     * @param stepDueAt when that step's budget ran out
     * @param outcome early, on_time or late against that budget (Form 06)
     */
    public record TimelineEntry(
            String action,
            @Nullable String from,
            String to,
            String actor,
            OffsetDateTime at,
            @Nullable String reason,
            @Nullable String step,
            @Nullable OffsetDateTime stepDueAt,
            @Nullable String outcome) {}

    /** A step of the dossier's workflow version; {@code dueAt} only for the current step. */
    public record StepInfo(
            int number,
            String kind,
            String role,
            String agency,
            @Nullable String agencyName,
            @Nullable OffsetDateTime dueAt) {}

    public record DocumentInfo(
            long id,
            String name,
            String mediaType,
            long size,
            String sha256,
            @Nullable Long reusedFrom,
            OffsetDateTime addedAt,
            @Nullable String paperName) {}
}
