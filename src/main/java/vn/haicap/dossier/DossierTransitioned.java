package vn.haicap.dossier;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A dossier changed state (or, for transfer and extend, changed hands or appointment). */
public record DossierTransitioned(
        String code,
        DossierAction action,
        @Nullable DossierStatus from,
        DossierStatus to,
        String actor,
        Instant at,
        @Nullable String reason,
        String receivingProvince,
        String receivingCommune) {}
