package vn.haicap.workforce;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An agency of a province or a commune, tied to the unit code it serves. {@code validTo} is its last
 * day (inclusive); an agency merged into another keeps its record as history and names its successor.
 */
public record Agency(
        UUID id,
        String code,
        String name,
        AgencyKind kind,
        String unitCode,
        String provinceCode,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable String mergedInto) {

    public boolean validOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    /** The commune code of a commune agency; null for a province agency. */
    public @Nullable String communeCode() {
        return unitCode.length() == 5 ? unitCode : null;
    }
}
