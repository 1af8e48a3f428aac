package vn.haicap.workforce;

import java.time.LocalDate;
import java.util.List;

/**
 * Required (headcount quota of the job positions of agencies in force) against filled (people assigned to
 * them on the day) per unit served (each commune, and the province itself for its departments) and
 * specialism.
 */
public record StaffingGaps(
        String unit, String unitName, LocalDate asOf, long required, long filled, List<UnitGaps> units) {

    public record UnitGaps(String code, String name, long required, long filled, List<SpecialismGap> specialisms) {

        /** Posts still to fill, specialism by specialism (one over quota does not fill another). */
        public long missing() {
            return specialisms.stream().mapToLong(s -> Math.max(s.gap(), 0)).sum();
        }

        /** The specialisms with posts still to fill. */
        public long shortSpecialisms() {
            return specialisms.stream().filter(s -> s.gap() > 0).count();
        }
    }

    /** {@code gap}: posts still to fill, negative when over quota. */
    public record SpecialismGap(String specialism, long required, long filled, long gap) {

        public static SpecialismGap of(String specialism, long required, long filled) {
            return new SpecialismGap(specialism, required, filled, required - filled);
        }
    }
}
