package vn.haicap.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The formulas of the service index (../shared/domain/service-index.md §2-3) applied to counts: each
 * indicator is a rate R = numerator / denominator × 100; with a threshold T the points are the maximum when
 * R ≥ T and R × max / T below it, otherwise max × R / 100. Rates and points are rounded to 2 decimals.
 * Indicators on data Haicap does not record (announcement and publication dates, complaints, the personal
 * data warehouse, the population database, certified copies) have no value and no points, except the two
 * complaint indicators, which the Portal scores in full when there were no complaints.
 */
public final class ServiceIndexCalculator {

    private ServiceIndexCalculator() {}

    public static ServiceIndex compute(String unit, String unitName, String level, String period, ServiceCounts c) {
        List<ServiceIndex.Group> groups = new ArrayList<>();

        Double syncRate = rate(c.received(), c.received());
        groups.add(group(
                "transparency",
                notRecorded("1.1", 6),
                notRecorded("1.2", 4),
                notRecorded("1.3", 2),
                ratio("1.4", c.received(), c.received(), 6, null, null)));

        groups.add(group("progress", ratio("2.1", c.onTime(), c.received(), 20, null, "late"), averageDays(c)));

        Double online = rate(c.onlineCounted(), c.received());
        Double onlineWeighted = online == null || syncRate == null ? null : online * syncRate / 100;
        groups.add(group(
                "online",
                ratio("3.1", c.proceduresOfferedOnline(), c.procedures(), 4, 80.0, null),
                ratio("3.2", c.proceduresUsedOnline(), c.proceduresOfferedOnline(), 4, null, null),
                scored("3.3", onlineWeighted, c.onlineCounted(), c.received(), 4, 50.0, "online")));

        groups.add(group(
                "payment",
                ratio("3.5", c.feeProcedures(), c.feeProcedures(), 2, 80.0, null),
                ratio("3.5b", c.feeProceduresPaidOnline(), c.feeProcedures(), 2, null, null),
                ratio("3.6", c.paidOnline(), c.feeBearing(), 6, null, "not_paid_online")));

        groups.add(group(
                "digitisation",
                ratio("4.1", c.electronicResult(), c.resultExpected(), 6, null, "no_electronic_result"),
                ratio("4.2", c.digitised(), c.received(), 4, 80.0, "not_digitised"),
                notRecorded("4.2b", 2),
                ratio("4.3", c.reused(), c.received(), 2, 80.0, "reused"),
                notRecorded("4.4", 4),
                notRecorded("4.5a", 2),
                notRecorded("4.5b", 2)));

        groups.add(group(
                "satisfaction",
                notRecorded("5.1", 0),
                noComplaints("5.2", 6),
                noComplaints("5.3", 6),
                satisfaction(c)));

        double total = 0;
        for (ServiceIndex.Group g : groups) {
            total += g.points();
        }
        return new ServiceIndex(unit, unitName, level, period, round(total), List.copyOf(groups));
    }

    /** R as a percentage, unrounded; null when the denominator is 0. */
    static @Nullable Double rate(long numerator, long denominator) {
        return denominator == 0 ? null : 100.0 * numerator / denominator;
    }

    /** Points for a rate R (percent) out of max, with an optional threshold T (percent). */
    static double points(@Nullable Double rate, double max, @Nullable Double threshold) {
        if (rate == null) {
            return 0;
        }
        if (threshold != null) {
            return rate >= threshold ? max : rate * max / threshold;
        }
        return max * rate / 100;
    }

    /**
     * Half up to 2 decimals, as the decimal the value prints as. {@code BigDecimal.valueOf} prints it first,
     * slow enough to be a tenth of a province's dashboard (some 170 indices); a value not within a hair of a
     * half cent rounds the same by arithmetic.
     */
    static double round(double value) {
        double cents = value * 100;
        if (Math.abs(cents - Math.floor(cents) - 0.5) > 1e-6 && Math.abs(cents) < 1e12) {
            return Math.round(cents) / 100.0;
        }
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    private static ServiceIndex.Group group(String key, ServiceIndex.Indicator... indicators) {
        double points = 0;
        double max = 0;
        for (ServiceIndex.Indicator i : indicators) {
            points += i.points();
            max += i.max();
        }
        return new ServiceIndex.Group(key, round(points), round(max), List.of(indicators));
    }

    private static ServiceIndex.Indicator ratio(
            String key,
            long numerator,
            long denominator,
            double max,
            @Nullable Double threshold,
            @Nullable String drillDown) {
        return scored(key, rate(numerator, denominator), numerator, denominator, max, threshold, drillDown);
    }

    private static ServiceIndex.Indicator scored(
            String key,
            @Nullable Double rate,
            long numerator,
            long denominator,
            double max,
            @Nullable Double threshold,
            @Nullable String drillDown) {
        return new ServiceIndex.Indicator(
                key,
                rate == null ? null : round(rate),
                round(points(rate, max, threshold)),
                max,
                numerator,
                denominator,
                threshold,
                true,
                drillDown);
    }

    private static ServiceIndex.Indicator notRecorded(String key, double max) {
        return new ServiceIndex.Indicator(key, null, 0, max, null, null, null, false, null);
    }

    /** Haicap records no complaints: the Portal's rule gives full points when there were none. */
    private static ServiceIndex.Indicator noComplaints(String key, double max) {
        return new ServiceIndex.Indicator(key, null, max, max, 0L, 0L, null, false, null);
    }

    /** 2.2: average days from receipt to the end of completed dossiers; display only. */
    private static ServiceIndex.Indicator averageDays(ServiceCounts c) {
        Double days = c.completed() == 0 ? null : round(c.processingSeconds() / 86400.0 / c.completed());
        return new ServiceIndex.Indicator(
                "2.2", days, 0, 0, c.processingSeconds(), c.completed(), null, true, "completed");
    }

    /** 5.4: R = 100 − (late rate + dissatisfied rate), threshold 90 %; 0 points when nothing was received. */
    private static ServiceIndex.Indicator satisfaction(ServiceCounts c) {
        if (c.received() == 0) {
            return new ServiceIndex.Indicator("5.4", null, 0, 6, 0L, 0L, 90.0, true, "dissatisfied");
        }
        double r = Math.max(0, 100.0 - 100.0 * (c.late() + c.dissatisfied()) / c.received());
        return new ServiceIndex.Indicator(
                "5.4",
                round(r),
                round(Math.min(6, 6 * r / 90)),
                6,
                c.received() - c.late() - c.dissatisfied(),
                c.received(),
                90.0,
                true,
                "dissatisfied");
    }
}
