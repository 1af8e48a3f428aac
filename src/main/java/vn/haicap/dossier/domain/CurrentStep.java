package vn.haicap.dossier.domain;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import vn.haicap.procedure.AgencyLevel;
import vn.haicap.procedure.StepKind;
import vn.haicap.shared.Role;

/**
 * Where a dossier stands in its workflow: the step to be done next, who does it, and when that step's
 * budget runs out. Kind, role and agency are copies of the workflow version's step, stored so that
 * queues can be filtered in SQL; all three are null once the last step is done.
 *
 * @param dueAt the end of the step's budget, null before receipt and after the last step
 */
public record CurrentStep(
        int index,
        @Nullable StepKind kind,
        @Nullable Role role,
        @Nullable AgencyLevel agency,
        @Nullable OffsetDateTime dueAt) {

    static CurrentStep of(Route route, int index, @Nullable OffsetDateTime dueAt) {
        if (route.finished(index)) {
            return new CurrentStep(index, null, null, null, null);
        }
        var step = route.step(index);
        return new CurrentStep(index, step.kind(), step.role(), step.agency(), dueAt);
    }

    CurrentStep due(@Nullable OffsetDateTime at) {
        return new CurrentStep(index, kind, role, agency, at);
    }
}
