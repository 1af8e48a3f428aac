package vn.haicap.dossier.domain;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import vn.haicap.dossier.DossierAction;
import vn.haicap.dossier.DossierStatus;

/** One recorded step of the life-cycle: who did what, when, why. */
public record Transition(
        DossierAction action,
        @Nullable DossierStatus from,
        DossierStatus to,
        String actor,
        OffsetDateTime at,
        @Nullable String reason) {}
