package vn.haicap.dossier;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The public tracking view: status and dates for anyone with the code; the applicant's name and the
 * steps' reasons only with the right check code.
 */
public record PublicTracking(
        String code,
        String status,
        String procedureName,
        OffsetDateTime submittedAt,
        @Nullable OffsetDateTime receivedAt,
        @Nullable OffsetDateTime dueAt,
        @Nullable OffsetDateTime finishedAt,
        boolean overdue,
        boolean personalDataShown,
        @Nullable String applicantName,
        List<Step> steps) {

    public record Step(
            String action,
            String to,
            OffsetDateTime at,
            @Nullable String reason) {}
}
