package vn.haicap.procedure.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What an import needs to know about a procedure's latest recorded version. */
public record StoredVersion(
        String code,
        int version,
        String fingerprint,
        LocalDate validFrom,
        @Nullable LocalDate validTo) {}
