package vn.haicap.procedure;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A version of a procedure's workflow. Versions are never changed: a dossier keeps the one it started
 * with and reads it again with {@link ProcedureCatalogue#workflow(String, int)}.
 */
public record WorkflowDefinition(
        String procedureCode,
        int version,
        List<WorkflowStep> steps,
        @Nullable String note,
        String createdBy,
        Instant createdAt) {}
