package vn.haicap.dossier.store;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A line of a queue or list: enough to show and sort, no documents or timeline. */
public record DossierRow(
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
        boolean extended,
        int version) {}
