package vn.haicap.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.haicap.account.CurrentUser;
import vn.haicap.shared.HaicapException;
import vn.haicap.workforce.store.WorkforceStore;

/**
 * Aggregates over a province or a commune for HR officers and administrators whose jurisdiction covers
 * it: departures in a period and staffing gaps on a day. Aggregates carry no personal data.
 */
@Service
public class WorkforceStatistics {

    private final WorkforceStore store;
    private final Units units;

    WorkforceStatistics(WorkforceStore store, Units units) {
        this.store = store;
        this.units = units;
    }

    @Transactional(readOnly = true)
    public DepartureStatistics departures(CurrentUser user, String unit, LocalDate from, LocalDate to) {
        Units.Unit u = reportable(user, unit);
        if (to.isBefore(from)) {
            throw HaicapException.invalid("workforce.period-invalid", from, to);
        }
        Map<String, Long> byReason = zeros(OutcomeKind.values(), true);
        Map<String, Long> bySex = zeros(Sex.values(), false);
        Map<String, Long> byCategory = zeros(PersonnelCategory.values(), false);
        Map<String, Long> byMonth = new TreeMap<>();
        Map<String, Long> byAgeBand = new LinkedHashMap<>();
        for (String band : AGE_BANDS) {
            byAgeBand.put(band, 0L);
        }
        Map<String, Long> byUnit = new TreeMap<>();
        long total = 0;
        BigDecimal paid = BigDecimal.ZERO;
        for (WorkforceStore.DepartureCount c : store.departureCounts(u.code(), !u.isCommune(), from, to)) {
            switch (c.dimension()) {
                case "total" -> {
                    total = c.count();
                    paid = c.amountPaid() == null ? BigDecimal.ZERO : c.amountPaid();
                }
                case "reason" -> byReason.put(c.key(), c.count());
                case "sex" -> bySex.put(c.key(), c.count());
                case "category" -> byCategory.put(c.key(), c.count());
                case "month" -> byMonth.put(c.key(), c.count());
                case "age" -> byAgeBand.put(c.key(), c.count());
                case "unit" -> byUnit.put(c.key(), c.count());
                default -> throw new IllegalStateException(c.dimension());
            }
        }
        Map<String, String> names = new LinkedHashMap<>();
        byUnit.keySet().forEach(code -> names.put(code, units.name(code)));
        return new DepartureStatistics(
                u.code(),
                u.name(),
                from,
                to,
                total,
                paid,
                byReason,
                bySex,
                byCategory,
                byMonth,
                byAgeBand,
                byUnit,
                names);
    }

    /** Headcount against quota, filled against vacant positions, per unit served, on a day. */
    @Transactional(readOnly = true)
    public StaffingStatistics staffing(CurrentUser user, String unit, LocalDate asOf) {
        Units.Unit u = reportable(user, unit);
        Map<String, long[]> perUnit = new TreeMap<>();
        for (WorkforceStore.PositionCount c : store.positionCounts(u.code(), asOf)) {
            long[] v = perUnit.computeIfAbsent(c.unitCode(), k -> new long[7]);
            v[0] += c.quota();
            v[2] += c.positions();
            v[3] += c.filledSeats();
            v[4] += c.vacantSeats();
            v[5] += c.vacantPositions();
            v[6] += c.overQuota();
        }
        Map<String, Long> byCategory = zeros(PersonnelCategory.values(), false);
        for (WorkforceStore.HeadCount c : store.headcounts(u.code(), asOf)) {
            perUnit.computeIfAbsent(c.unitCode(), k -> new long[7])[1] += c.count();
            byCategory.merge(c.category(), c.count(), Long::sum);
        }
        long[] sum = new long[7];
        List<StaffingStatistics.UnitCounts> rows = new ArrayList<>();
        for (var e : perUnit.entrySet()) {
            long[] v = e.getValue();
            for (int i = 0; i < sum.length; i++) {
                sum[i] += v[i];
            }
            rows.add(new StaffingStatistics.UnitCounts(e.getKey(), units.name(e.getKey()), counts(v)));
        }
        return new StaffingStatistics(u.code(), u.name(), asOf, counts(sum), byCategory, rows);
    }

    private static StaffingStatistics.Counts counts(long[] v) {
        return StaffingStatistics.Counts.of(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }

    @Transactional(readOnly = true)
    public StaffingGaps gaps(CurrentUser user, String unit, LocalDate asOf) {
        Units.Unit u = reportable(user, unit);
        Map<String, Map<String, long[]>> table = new TreeMap<>();
        for (WorkforceStore.StaffingCount c : store.quotas(u.code(), asOf)) {
            table.computeIfAbsent(c.unitCode(), k -> new TreeMap<>())
                            .computeIfAbsent(c.specialism(), k -> new long[2])[0] +=
                    c.count();
        }
        for (WorkforceStore.StaffingCount c : store.filled(u.code(), asOf)) {
            table.computeIfAbsent(c.unitCode(), k -> new TreeMap<>())
                            .computeIfAbsent(c.specialism(), k -> new long[2])[1] +=
                    c.count();
        }
        List<StaffingGaps.UnitGaps> rows = new ArrayList<>();
        long required = 0;
        long filled = 0;
        for (var entry : table.entrySet()) {
            List<StaffingGaps.SpecialismGap> specialisms = new ArrayList<>();
            long unitRequired = 0;
            long unitFilled = 0;
            for (var s : entry.getValue().entrySet()) {
                specialisms.add(StaffingGaps.SpecialismGap.of(s.getKey(), s.getValue()[0], s.getValue()[1]));
                unitRequired += s.getValue()[0];
                unitFilled += s.getValue()[1];
            }
            rows.add(new StaffingGaps.UnitGaps(
                    entry.getKey(), units.name(entry.getKey()), unitRequired, unitFilled, specialisms));
            required += unitRequired;
            filled += unitFilled;
        }
        return new StaffingGaps(u.code(), u.name(), asOf, required, filled, rows);
    }

    static final List<String> AGE_BANDS = List.of("under_30", "30_39", "40_49", "50_54", "55_59", "60_plus");

    private Units.Unit reportable(CurrentUser user, String unit) {
        Access.requireReporting(user);
        Units.Unit u = units.current(unit.strip());
        Access.requireCovers(user, u.provinceCode(), u.code());
        return u;
    }

    private static <E extends Enum<E> & KeyedValue> Map<String, Long> zeros(E[] values, boolean departuresOnly) {
        Map<String, Long> map = new java.util.LinkedHashMap<>();
        for (E value : values) {
            if (!departuresOnly || !(value instanceof OutcomeKind kind) || kind.isDeparture()) {
                map.put(value.key(), 0L);
            }
        }
        return map;
    }
}
