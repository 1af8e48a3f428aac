package vn.haicap.adminunit;

import org.jspecify.annotations.Nullable;

/**
 * A unit on the other side of a lineage link: a predecessor, a successor, a current unit of an old
 * one or an old unit of a current one.
 *
 * @param relation {@code whole}, {@code partial}, {@code unchanged} or {@code renamed}; over several
 *     events, {@code partial} if any step was partial
 * @param event the event of the link (over several events, the one next to {@code unit}); null when
 *     {@code unit} is the very unit asked about (an old code that is still in force)
 */
public record UnitLink(
        AdministrativeUnit unit, String relation, @Nullable ReorganisationEvent event) {}
