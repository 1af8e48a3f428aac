package vn.haicap.report;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.haicap.account.CurrentUser;
import vn.haicap.procedure.OnlineServiceLevel;
import vn.haicap.procedure.ProcedureCatalogue;
import vn.haicap.shared.HaicapException;

/**
 * The service index of a unit (the nation, a province with all its communes, a commune) for a month,
 * quarter or year, its breakdown by child unit and by month, and the dossiers behind each number.
 */
@Service
public class ServiceIndexReports {

    public static final int MAX_PAGE = 200;

    private final ReportStore store;
    private final ReportUnits units;
    private final ProcedureCatalogue catalogue;
    private final Cache<String, Boolean> offeredOnline = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    /**
     * Computed figures by unit, period and grouping, kept until the dossier counters are next recomputed (the
     * version is their time in {@code report.refresh_log}, read by every node): the dashboard of a province
     * computes its 100 to 170 communes' indices on every view otherwise. Weighed by indices kept.
     */
    private final Cache<Computed, Map<String, ServiceIndex>> computed = Caffeine.newBuilder()
            .maximumWeight(50_000)
            .weigher((Computed key, Map<String, ServiceIndex> value) -> 1 + value.size())
            .build();

    private record Computed(
            String unit, String period, String by, @Nullable Instant version) {}

    ServiceIndexReports(ReportStore store, ReportUnits units, ProcedureCatalogue catalogue) {
        this.store = store;
        this.units = units;
        this.catalogue = catalogue;
    }

    /** The index of the unit (blank: the caller's own) for the period. */
    @Transactional(readOnly = true)
    public ServiceIndex index(CurrentUser user, String unitCode, String periodText) {
        ReportUnit unit = units.resolve(user, unitCode);
        Period period = Period.parse(periodText);
        return compute(unit, period, "unit").getOrDefault("", empty(unit, period));
    }

    /** The index of each unit one level down (provinces of the nation, communes of a province), by code. */
    @Transactional(readOnly = true)
    public List<ServiceIndex> children(CurrentUser user, String unitCode, String periodText) {
        ReportUnit unit = units.resolve(user, unitCode);
        Period period = Period.parse(periodText);
        Map<String, ServiceIndex> byChild = compute(unit, period, "child");
        List<ServiceIndex> rows = new ArrayList<>();
        for (ReportUnit child : units.children(unit)) {
            rows.add(byChild.getOrDefault(child.code(), empty(child, period)));
        }
        return rows;
    }

    /** The index of the unit for each month of the period (a trend inside a quarter or a year). */
    @Transactional(readOnly = true)
    public List<ServiceIndex> months(CurrentUser user, String unitCode, String periodText) {
        ReportUnit unit = units.resolve(user, unitCode);
        Period period = Period.parse(periodText);
        Map<String, ServiceIndex> byMonth = compute(unit, period, "month");
        List<ServiceIndex> rows = new ArrayList<>();
        for (var m = period.first(); !m.isAfter(period.last()); m = m.plusMonths(1)) {
            rows.add(byMonth.getOrDefault(m.toString(), empty(unit, Period.month(m))));
        }
        return rows;
    }

    /** A page of the dossiers behind a number, and how many there are. */
    public record DrillDown(
            String unit, String period, String filter, long total, int page, int size, List<DossierLine> items) {}

    public record DossierLine(
            String code,
            String procedureCode,
            String procedureName,
            String channel,
            String status,
            String commune,
            java.time.Instant receivedAt,
            java.time.@org.jspecify.annotations.Nullable Instant dueAt,
            java.time.@org.jspecify.annotations.Nullable Instant finishedAt,
            boolean late) {}

    @Transactional(readOnly = true)
    public DrillDown dossiers(CurrentUser user, String unitCode, String periodText, String filter, int page, int size) {
        ReportUnit unit = units.resolve(user, unitCode);
        Period period = Period.parse(periodText);
        String condition = ReportStore.condition(filter);
        if (condition == null) {
            throw HaicapException.invalid("report.filter-invalid", filter);
        }
        if (page < 0 || size < 1 || size > MAX_PAGE) {
            throw HaicapException.invalid("report.page-invalid", page, size);
        }
        List<DossierLine> items = store.dossiers(unit, period, condition, page * size, size).stream()
                .map(r -> new DossierLine(
                        r.code(),
                        r.procedureCode(),
                        r.procedureName(),
                        r.channel(),
                        r.status(),
                        r.commune(),
                        r.receivedAt(),
                        r.dueAt(),
                        r.finishedAt(),
                        r.late()))
                .toList();
        long total = items.size() < size && page == 0 ? items.size() : store.countDossiers(unit, period, condition);
        return new DrillDown(unit.code(), period.key(), filter, total, page, size, items);
    }

    private ServiceIndex empty(ReportUnit unit, Period period) {
        return ServiceIndexCalculator.compute(
                unit.code(), unit.name(), unit.level().key(), period.key(), ServiceCounts.NONE);
    }

    private Map<String, ServiceIndex> compute(ReportUnit unit, Period period, String by) {
        Computed key = new Computed(
                unit.code(), period.key(), by, store.lastDossierRecompute().orElse(null));
        return computed.get(key, k -> Map.copyOf(computeNow(unit, period, by)));
    }

    private Map<String, ServiceIndex> computeNow(ReportUnit unit, Period period, String by) {
        Map<String, long[]> procedures = new HashMap<>();
        for (ReportStore.ProcedureCounts p : store.procedureCounts(unit, period, by)) {
            long[] c = procedures.computeIfAbsent(p.key(), k -> new long[5]);
            boolean online = offeredOnline(p.procedureCode());
            c[0]++;
            if (online) {
                c[1]++;
                if (p.online() > 0) {
                    c[2]++;
                }
            }
            if (p.feeBearing() > 0) {
                c[3]++;
                if (p.paidOnline() > 0) {
                    c[4]++;
                }
            }
        }
        Map<String, ServiceIndex> result = new HashMap<>();
        for (ReportStore.DossierCounts d : store.dossierCounts(unit, period, by)) {
            long[] p = procedures.getOrDefault(d.key(), new long[5]);
            ServiceCounts counts = new ServiceCounts(
                    d.received(),
                    d.onTime(),
                    d.completed(),
                    d.processingSeconds(),
                    d.online(),
                    d.onlineCounted(),
                    d.resultExpected(),
                    d.electronicResult(),
                    d.digitised(),
                    d.reused(),
                    d.feeBearing(),
                    d.paidOnline(),
                    d.rated(),
                    d.dissatisfied(),
                    p[0],
                    p[1],
                    p[2],
                    p[3],
                    p[4]);
            String key = d.key();
            ReportUnit target;
            Period p2 = period;
            switch (by) {
                case "child" -> target = units.resolveKnown(key);
                case "month" -> {
                    target = unit;
                    p2 = Period.parse(key);
                }
                default -> target = unit;
            }
            result.put(
                    key,
                    ServiceIndexCalculator.compute(
                            target.code(), target.name(), target.level().key(), p2.key(), counts));
        }
        return result;
    }

    private boolean offeredOnline(String procedureCode) {
        return offeredOnline.get(
                procedureCode,
                code -> catalogue
                        .find(code)
                        .map(v -> v.onlineLevel() != OnlineServiceLevel.NONE)
                        .orElse(false));
    }
}
