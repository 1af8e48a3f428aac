package vn.haicap.workforce;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A line of a person search: who they are and their latest assignment (agency and the unit it serves).
 * Personal data: only HR officers of the jurisdiction see it.
 */
public record PersonSummary(
        UUID id,
        String identityNumber,
        String fullName,
        Sex sex,
        LocalDate birthDate,
        PersonnelCategory category,
        @Nullable Rank rank,
        @Nullable String agencyCode,
        @Nullable String unitCode) {}
