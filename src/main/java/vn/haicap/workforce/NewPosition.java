package vn.haicap.workforce;

import org.jspecify.annotations.Nullable;

public record NewPosition(
        String code,
        String title,
        PositionGroup group,
        String specialism,
        @Nullable Rank requiredRank,
        @Nullable String requiredQualification,
        int quota) {}
