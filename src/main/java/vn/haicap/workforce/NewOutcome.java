package vn.haicap.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** {@code agencyCode} defaults to the agency of the person's assignment in force on the effective date. */
public record NewOutcome(
        OutcomeKind kind,
        LocalDate effectiveDate,
        @Nullable String agencyCode,
        @Nullable String toAgencyCode,
        @Nullable PolicyRegime policy,
        @Nullable BigDecimal amountPaid,
        @Nullable String decisionNumber) {}
