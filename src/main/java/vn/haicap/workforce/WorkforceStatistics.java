package vn.haicap.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
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
        Map<String, Long> byAgeBand = new java.util.LinkedHashMap<>();
        for (String band : List.of("under_30", "30_39", "40_49", "50_54", "55_59", "60_plus")) {
            byAgeBand.put(band, 0L);
        }
        long[] total = {0};
        BigDecimal[] paid = {BigDecimal.ZERO};
        store.departures(u.code(), from, to, row -> {
            total[0]++;
            byReason.merge(row.kind().key(), 1L, Long::sum);
            bySex.merge(row.sex().key(), 1L, Long::sum);
            byCategory.merge(row.category().key(), 1L, Long::sum);
            byMonth.merge(row.effectiveDate().toString().substring(0, 7), 1L, Long::sum);
            int age = Period.between(row.birthDate(), row.effectiveDate()).getYears();
            byAgeBand.merge(DepartureStatistics.ageBand(age), 1L, Long::sum);
            if (row.amountPaid() != null) {
                paid[0] = paid[0].add(row.amountPaid());
            }
        });
        return new DepartureStatistics(
                u.code(), u.name(), from, to, total[0], paid[0], byReason, bySex, byCategory, byMonth, byAgeBand);
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
