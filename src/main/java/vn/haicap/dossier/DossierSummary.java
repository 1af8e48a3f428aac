package vn.haicap.dossier;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A line of a queue or of "my dossiers". */
public record DossierSummary(
        String code,
        String procedureCode,
        String procedureName,
        String applicantName,
        String receivingCommune,
        String status,
        String channel,
        OffsetDateTime submittedAt,
        @Nullable OffsetDateTime receivedAt,
        @Nullable OffsetDateTime dueAt,
        boolean dueSoon,
        boolean overdue,
        boolean extended,
        int version) {}
