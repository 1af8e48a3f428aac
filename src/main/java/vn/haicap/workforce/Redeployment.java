package vn.haicap.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who could be redeployed to a commune short of a specialism: people in post, on the day, in other units
 * of the same province that have more people than quota in their own specialism, ranked by points whose
 * every part is named ({@link Reason}); the ranking is explainable, not learnt. Enumerated values are
 * written as their keys ({@code specialist}, {@code female}, {@code civil_servant}).
 */
public record Redeployment(
        String commune,
        String communeName,
        String specialism,
        LocalDate asOf,
        long required,
        long filled,
        long gap,
        @Nullable String requiredRank,
        @Nullable String requiredQualification,
        List<Candidate> candidates) {

    /** A reason and the points it gives; {@code code} is a message key, {@code arguments} its values. */
    public record Reason(String code, int points, List<String> arguments) {}

    public record Candidate(
            int rank,
            UUID personId,
            String fullName,
            String sex,
            int age,
            String category,
            @Nullable String personRank,
            @Nullable String education,
            String fromUnit,
            String fromUnitName,
            String fromAgency,
            @Nullable String fromPosition,
            String specialism,
            long sourceSurplus,
            int score,
            List<Reason> reasons) {}
}
