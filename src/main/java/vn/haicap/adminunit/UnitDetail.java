package vn.haicap.adminunit;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A version with its lineage.
 *
 * @param aliases other spellings of the full name (earlier spellings, the statistics office's)
 * @param endedWithoutSuccessor the event that ended this version with nothing taking its place at
 *     its level (the abolition of the district tier), if any
 */
public record UnitDetail(
        AdministrativeUnit unit,
        List<UnitLink> predecessors,
        List<UnitLink> successors,
        List<String> aliases,
        @Nullable ReorganisationEvent endedWithoutSuccessor) {}
