package vn.haicap.procedure.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.haicap.procedure.WorkflowDefinition;
import vn.haicap.procedure.WorkflowStep;
import vn.haicap.procedure.WorkflowStepDraft;

/** The JSON shapes of workflow definitions. */
final class WorkflowJson {

    private WorkflowJson() {}

    record Definition(
            String code,
            int version,
            List<Step> steps,
            @Nullable String note,
            String createdBy,
            Instant createdAt) {

        static Definition of(WorkflowDefinition d) {
            return new Definition(
                    d.procedureCode(),
                    d.version(),
                    d.steps().stream().map(Step::of).toList(),
                    d.note(),
                    d.createdBy(),
                    d.createdAt());
        }
    }

    /** A step: kind, role and agency by key; the share as a percentage or in working hours. */
    record Step(
            @Nullable String kind,
            @Nullable String role,
            @Nullable String agency,
            @Nullable String agencyName,
            @Nullable BigDecimal sharePercent,
            @Nullable BigDecimal shareHours) {

        static Step of(WorkflowStep s) {
            return new Step(
                    s.kind().key(),
                    s.role().key(),
                    s.agency().key(),
                    s.agencyName(),
                    s.share().percent(),
                    s.share().hours());
        }

        WorkflowStepDraft draft() {
            return new WorkflowStepDraft(kind, role, agency, agencyName, sharePercent, shareHours);
        }
    }

    record Change(@Nullable List<Step> steps, @Nullable String note) {}

    record Versions(String code, int current, List<Definition> versions) {}
}
