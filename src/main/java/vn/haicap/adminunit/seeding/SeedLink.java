package vn.haicap.adminunit.seeding;

import org.jspecify.annotations.Nullable;

/** Predecessor to successor through an event; no successor (and no relation) when a version just ended. */
record SeedLink(
        long eventId,
        long predecessorId,
        @Nullable Long successorId,
        @Nullable String relation) {}
