package vn.haicap.dossier.domain;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import vn.haicap.dossier.DossierAction;
import vn.haicap.dossier.DossierStatus;
import vn.haicap.procedure.StepKind;

/**
 * One recorded step of the life-cycle: who did what, when, why.
 *
 * @param step the workflow step this action completed, when it completed one
 * @param stepDueAt the end of that step's budget: the process-control slip (Form 06) judges each
 *     hand-over early, on time or late against it
 */
public record Transition(
        DossierAction action,
        @Nullable DossierStatus from,
        DossierStatus to,
        String actor,
        OffsetDateTime at,
        @Nullable String reason,
        @Nullable StepKind step,
        @Nullable OffsetDateTime stepDueAt) {

    public Transition(
            DossierAction action,
            @Nullable DossierStatus from,
            DossierStatus to,
            String actor,
            OffsetDateTime at,
            @Nullable String reason) {
        this(action, from, to, actor, at, reason, null, null);
    }
}
