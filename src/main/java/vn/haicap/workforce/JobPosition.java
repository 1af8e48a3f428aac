package vn.haicap.workforce;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A job position (vị trí việc làm) of an agency, with the headcount quota approved for it. */
public record JobPosition(
        UUID id,
        String agencyCode,
        String code,
        String title,
        PositionGroup group,
        String specialism,
        @Nullable Rank requiredRank,
        @Nullable String requiredQualification,
        int quota) {}
