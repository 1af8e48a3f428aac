package vn.haicap.workforce;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** {@code fullTime} defaults to false for commune part-timers and true for everyone else. */
public record NewAssignment(
        String agencyCode,
        @Nullable String positionCode,
        LocalDate from,
        @Nullable LocalDate to,
        @Nullable Boolean fullTime,
        @Nullable String decisionNumber) {}
