package vn.haicap.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Headcount against quota and filled against vacant positions on a day, for a province or commune and
 * each unit it serves (each commune, and the province itself for its departments). {@code quota}: the
 * sum of the headcount quotas of the job positions of agencies in force; {@code headcount}: posts held,
 * i.e. assignments in force in those agencies (in a position or not; nobody holds two full-time posts at
 * once, a part-time post counts apart); a position's seats are its quota,
 * {@code filledSeats} the people assigned to it (at most its quota), {@code vacantSeats} the rest;
 * {@code vacantPositions} the positions nobody holds; {@code overQuota} people beyond a position's quota.
 */
public record StaffingStatistics(
        String unit,
        String unitName,
        LocalDate asOf,
        Counts total,
        Map<String, Long> headcountByCategory,
        List<UnitCounts> units) {

    public record Counts(
            long quota,
            long headcount,
            long positions,
            long filledSeats,
            long vacantSeats,
            long vacantPositions,
            long overQuota,
            long headcountMinusQuota) {

        public static Counts of(
                long quota,
                long headcount,
                long positions,
                long filledSeats,
                long vacantSeats,
                long vacantPositions,
                long overQuota) {
            return new Counts(
                    quota,
                    headcount,
                    positions,
                    filledSeats,
                    vacantSeats,
                    vacantPositions,
                    overQuota,
                    headcount - quota);
        }
    }

    public record UnitCounts(String code, String name, Counts counts) {}
}
