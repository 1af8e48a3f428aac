package vn.haicap.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Departures (early retirement, resignation, retirement, other exits) from the agencies of a unit whose
 * effective date lies in a period, counted by reason, sex, category, month (YYYY-MM) and age band at the
 * effective date, and by unit served (each commune, or the province for its own agencies; names in
 * {@code unitNames}); {@code amountPaid} is the sum of the benefits paid (VND).
 */
public record DepartureStatistics(
        String unit,
        String unitName,
        LocalDate from,
        LocalDate to,
        long total,
        BigDecimal amountPaid,
        Map<String, Long> byReason,
        Map<String, Long> bySex,
        Map<String, Long> byCategory,
        Map<String, Long> byMonth,
        Map<String, Long> byAgeBand,
        Map<String, Long> byUnit,
        Map<String, String> unitNames) {

    /** Age bands at the effective date. */
    public static String ageBand(int age) {
        if (age < 30) {
            return "under_30";
        } else if (age < 40) {
            return "30_39";
        } else if (age < 50) {
            return "40_49";
        } else if (age < 55) {
            return "50_54";
        } else if (age < 60) {
            return "55_59";
        }
        return "60_plus";
    }
}
