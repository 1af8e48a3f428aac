package vn.haicap.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the reorganisation meant for a person in an agency: kept, transferred (to another agency), early
 * retirement or resignation under a benefit regime (with the amount paid, VND), retired, other.
 */
public record Outcome(
        UUID id,
        UUID personId,
        String agencyCode,
        OutcomeKind kind,
        LocalDate effectiveDate,
        @Nullable String toAgencyCode,
        @Nullable PolicyRegime policy,
        @Nullable BigDecimal amountPaid,
        @Nullable String decisionNumber) {}
