package vn.haicap.adminunit.registry;

import org.jspecify.annotations.Nullable;
import vn.haicap.adminunit.ReorganisationEvent;

/**
 * A unit reached along lineage links from another.
 *
 * @param relation null only for the unit a walk started from
 * @param event the event next to {@code unit}; null only for the unit a walk started from
 */
public record StoredLink(
        StoredUnit unit,
        @Nullable String relation,
        @Nullable ReorganisationEvent event) {}
