package vn.haicap.adminunit.seeding;

import org.jspecify.annotations.Nullable;

/** @param kind {@code earlier_spelling} or {@code nso_spelling} */
record SeedAlias(
        long versionId,
        String fullName,
        String kind,
        @Nullable String note) {}
