package vn.haicap.dossier;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * What a submission answers, the same again for a retried request with the same Idempotency-Key.
 *
 * @param receivedAt null until an officer receives an online dossier
 * @param dueAt the appointment, null until received
 * @param checkCode for the applicant: shows personal data on the public tracking page
 */
public record Submission(
        String code,
        String status,
        @Nullable OffsetDateTime receivedAt,
        @Nullable OffsetDateTime dueAt,
        String checkCode) {}
