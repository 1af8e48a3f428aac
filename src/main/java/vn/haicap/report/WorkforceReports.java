package vn.haicap.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.haicap.account.CurrentUser;
import vn.haicap.shared.HaicapException;

/**
 * Personnel dashboards (headcount, quotas and vacancies, departures by reason, staffing gaps) and the
 * gender-equality indicators (../shared/domain/gender.md §2) of a unit on a day, from the report schema's
 * views over the workforce records.
 */
@Service
public class WorkforceReports {

    static final List<String> CATEGORIES =
            List.of("cadre", "civil_servant", "public_employee", "commune_part_timer", "contract_worker");
    static final List<String> REASONS = List.of("early_retirement", "resignation", "retired", "other");
    static final List<String> GROUPS = List.of("leadership", "professional", "support", "");

    private final ReportStore store;
    private final ReportUnits units;

    WorkforceReports(ReportStore store, ReportUnits units) {
        this.store = store;
        this.units = units;
    }

    /** Women among all, {@code share} in percent (2 decimals, null when there is nobody). */
    public record Share(
            String key,
            String label,
            long women,
            long total,
            @Nullable Double share) {
        static Share of(String key, long women, long total) {
            return of(key, key, women, total);
        }

        static Share of(String key, String label, long women, long total) {
            return new Share(
                    key, label, women, total, total == 0 ? null : ServiceIndexCalculator.round(100.0 * women / total));
        }
    }

    public record GapRow(String unit, String unitName, String specialism, long required, long filled, long gap) {}

    public record ChildRow(String code, String name, long headcount, long women, long quota, long vacancies) {}

    public record Departures(
            LocalDate from,
            LocalDate to,
            long total,
            BigDecimal amountPaid,
            Map<String, Long> byReason,
            Map<String, Long> bySex,
            Map<String, Long> byCategory) {}

    public record Personnel(
            String unit,
            String unitName,
            String level,
            LocalDate date,
            long headcount,
            long quota,
            long filled,
            long vacancies,
            Map<String, Long> byCategory,
            Departures departures,
            List<GapRow> gaps,
            List<ChildRow> children) {}

    /** Headcount, quotas, vacancies, departures in [from, to] (default: the 12 months to the day), gaps. */
    @Transactional(readOnly = true)
    public Personnel personnel(
            CurrentUser user,
            @Nullable String unitCode,
            LocalDate date,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {
        return personnel(new SharedReads(units.resolve(user, unitCode)), date, from, to);
    }

    /** The personnel figures and the gender indicators of a unit on a day, as on the dashboard. */
    public record Overview(Personnel personnel, Gender gender) {}

    /** Both, with the reads they share (the staff on the day, the departures of the year to it) done once. */
    @Transactional(readOnly = true)
    public Overview overview(CurrentUser user, @Nullable String unitCode, LocalDate date) {
        SharedReads reads = new SharedReads(units.resolve(user, unitCode));
        return new Overview(personnel(reads, date, null, null), gender(reads, date));
    }

    /** The reads of one unit that the personnel figures and the gender indicators share, each done once. */
    private final class SharedReads {
        final ReportUnit unit;
        private final Map<LocalDate, List<ReportStore.StaffTotal>> staff = new java.util.HashMap<>();
        private final Map<List<LocalDate>, List<ReportStore.DepartureCount>> departures = new java.util.HashMap<>();

        SharedReads(ReportUnit unit) {
            this.unit = unit;
        }

        List<ReportStore.StaffTotal> staff(LocalDate day) {
            return staff.computeIfAbsent(day, d -> store.staffTotals(unit, d));
        }

        List<ReportStore.DepartureCount> departures(LocalDate from, LocalDate to) {
            return departures.computeIfAbsent(List.of(from, to), k -> store.departures(unit, from, to));
        }
    }

    private Personnel personnel(SharedReads reads, LocalDate date, @Nullable LocalDate from, @Nullable LocalDate to) {
        ReportUnit unit = reads.unit;
        LocalDate end = to == null ? date : to;
        LocalDate start = from == null ? end.minusYears(1).plusDays(1) : from;
        if (end.isBefore(start)) {
            throw HaicapException.invalid("report.period-invalid", start + "/" + end);
        }
        long headcount = 0;
        Map<String, Long> byCategory = new LinkedHashMap<>();
        CATEGORIES.forEach(c -> byCategory.put(c, 0L));
        Map<String, long[]> childStaff = new TreeMap<>();
        for (ReportStore.StaffTotal s : reads.staff(date)) {
            switch (s.dimension()) {
                case "category" -> {
                    headcount += s.people();
                    byCategory.merge(s.key(), s.people(), Long::sum);
                }
                case "key" -> {
                    long[] c = childStaff.computeIfAbsent(s.key(), k -> new long[4]);
                    c[0] += s.people();
                    c[1] += s.women();
                }
                default -> {
                    // rank and position group: the gender indicators' dimensions
                }
            }
        }
        Map<String, Map<String, long[]>> gapTable = new TreeMap<>();
        for (ReportStore.SpecialismCount q : store.quotas(unit, date, "child")) {
            gapTable.computeIfAbsent(q.key(), k -> new TreeMap<>())
                            .computeIfAbsent(q.specialism(), k -> new long[2])[0] +=
                    q.count();
        }
        for (ReportStore.SpecialismCount f : store.filled(unit, date, "child")) {
            gapTable.computeIfAbsent(f.key(), k -> new TreeMap<>())
                            .computeIfAbsent(f.specialism(), k -> new long[2])[1] +=
                    f.count();
        }
        List<GapRow> gaps = new ArrayList<>();
        long quota = 0;
        long filled = 0;
        long vacancies = 0;
        for (var unitEntry : gapTable.entrySet()) {
            long[] c = childStaff.computeIfAbsent(unitEntry.getKey(), k -> new long[4]);
            for (var s : unitEntry.getValue().entrySet()) {
                long required = s.getValue()[0];
                long inPost = s.getValue()[1];
                gaps.add(new GapRow(
                        unitEntry.getKey(),
                        units.name(unitEntry.getKey()),
                        s.getKey(),
                        required,
                        inPost,
                        required - inPost));
                quota += required;
                filled += inPost;
                vacancies += Math.max(0, required - inPost);
                c[2] += required;
                c[3] += Math.max(0, required - inPost);
            }
        }
        List<ChildRow> children = new ArrayList<>();
        childStaff.forEach((code, c) -> children.add(new ChildRow(code, units.name(code), c[0], c[1], c[2], c[3])));
        return new Personnel(
                unit.code(),
                unit.name(),
                unit.level().key(),
                date,
                headcount,
                quota,
                filled,
                vacancies,
                byCategory,
                departures(reads.departures(start, end), start, end),
                gaps,
                children);
    }

    private static Departures departures(List<ReportStore.DepartureCount> rows, LocalDate from, LocalDate to) {
        Map<String, Long> byReason = new LinkedHashMap<>();
        REASONS.forEach(r -> byReason.put(r, 0L));
        Map<String, Long> bySex = new LinkedHashMap<>(Map.of("female", 0L, "male", 0L));
        Map<String, Long> byCategory = new LinkedHashMap<>();
        CATEGORIES.forEach(c -> byCategory.put(c, 0L));
        long total = 0;
        BigDecimal paid = BigDecimal.ZERO;
        for (ReportStore.DepartureCount d : rows) {
            total += d.people();
            byReason.merge(d.kind(), d.people(), Long::sum);
            bySex.merge(d.sex(), d.people(), Long::sum);
            byCategory.merge(d.category(), d.people(), Long::sum);
            paid = paid.add(d.amountPaid());
        }
        return new Departures(from, to, total, paid, byReason, bySex, byCategory);
    }

    /**
     * A gender indicator: {@code value} = numerator / denominator × 100 (2 decimals), null when the denominator
     * is 0 or Haicap records nothing to compute it from ({@code recorded} false).
     */
    public record Indicator(
            String key,
            @Nullable Long numerator,
            @Nullable Long denominator,
            @Nullable Double value,
            boolean recorded) {
        static Indicator of(String key, long numerator, long denominator) {
            return new Indicator(
                    key,
                    numerator,
                    denominator,
                    denominator == 0 ? null : ServiceIndexCalculator.round(100.0 * numerator / denominator),
                    true);
        }
    }

    public record TrendPoint(LocalDate date, Share staff, Share leadership) {}

    public record Gender(
            String unit,
            String unitName,
            String level,
            LocalDate date,
            LocalDate periodFrom,
            List<Indicator> indicators,
            List<Share> byCategory,
            List<Share> byRank,
            List<Share> byLeadership,
            List<Share> byUnit,
            List<TrendPoint> trend) {}

    /**
     * The gender-equality indicators of a unit on a day; appointments and departures over the 12 months up to
     * the day; the trend at the end of each of the 12 months before it.
     */
    @Transactional(readOnly = true)
    public Gender gender(CurrentUser user, @Nullable String unitCode, LocalDate date) {
        return gender(new SharedReads(units.resolve(user, unitCode)), date);
    }

    private Gender gender(SharedReads reads, LocalDate date) {
        ReportUnit unit = reads.unit;
        LocalDate from = date.minusYears(1).plusDays(1);
        Map<String, long[]> category = new LinkedHashMap<>();
        CATEGORIES.forEach(c -> category.put(c, new long[2]));
        Map<String, long[]> rank = new TreeMap<>();
        Map<String, long[]> group = new LinkedHashMap<>();
        GROUPS.forEach(g -> group.put(g, new long[2]));
        Map<String, long[]> child = new TreeMap<>();
        long women = 0;
        long all = 0;
        for (ReportStore.StaffTotal s : reads.staff(date)) {
            switch (s.dimension()) {
                case "category" -> {
                    add(category, s.key(), s.women(), s.people());
                    women += s.women();
                    all += s.people();
                }
                case "rank" -> {
                    if (!s.key().isEmpty()) {
                        add(rank, s.key(), s.women(), s.people());
                    }
                }
                case "group" -> add(group, s.key(), s.women(), s.people());
                default -> add(child, s.key(), s.women(), s.people());
            }
        }
        List<Indicator> indicators = new ArrayList<>();
        indicators.add(Indicator.of("women_staff", women, all));
        for (String c : CATEGORIES) {
            indicators.add(Indicator.of("women_" + c, category.get(c)[0], category.get(c)[1]));
        }
        indicators.add(Indicator.of("women_leadership", group.get("leadership")[0], group.get("leadership")[1]));
        ReportStore.LeaderCount leaders = store.leaders(unit, date);
        indicators.add(Indicator.of("agencies_female_leader", leaders.withFemaleLeader(), leaders.agencies()));
        long[] appointed = new long[2];
        long[] appointedLeaders = new long[2];
        for (ReportStore.Appointed s : store.appointments(unit, from, date)) {
            int w = "female".equals(s.sex()) ? 1 : 0;
            appointed[0] += w * s.people();
            appointed[1] += s.people();
            if ("leadership".equals(s.group())) {
                appointedLeaders[0] += w * s.people();
                appointedLeaders[1] += s.people();
            }
        }
        indicators.add(Indicator.of("women_appointments", appointed[0], appointed[1]));
        indicators.add(Indicator.of("women_leadership_appointments", appointedLeaders[0], appointedLeaders[1]));
        long[] departed = new long[2];
        for (ReportStore.DepartureCount d : reads.departures(from, date)) {
            departed[0] += "female".equals(d.sex()) ? d.people() : 0;
            departed[1] += d.people();
        }
        indicators.add(Indicator.of("women_departures", departed[0], departed[1]));
        indicators.add(new Indicator("women_training", null, null, null, false));

        List<LocalDate> days = new ArrayList<>();
        for (int i = 12; i >= 1; i--) {
            days.add(java.time.YearMonth.from(date.minusMonths(i)).atEndOfMonth());
        }
        List<TrendPoint> trend = new ArrayList<>(store.trend(unit, days).stream()
                .map(t -> new TrendPoint(
                        t.day(),
                        Share.of("staff", t.women(), t.total()),
                        Share.of("leadership", t.leadershipWomen(), t.leadership())))
                .toList());
        // the day itself: from the counts already read
        trend.add(new TrendPoint(
                date,
                Share.of("staff", women, all),
                Share.of("leadership", group.get("leadership")[0], group.get("leadership")[1])));
        return new Gender(
                unit.code(),
                unit.name(),
                unit.level().key(),
                date,
                from,
                indicators,
                shares(category, null),
                shares(rank, null),
                shares(group, null),
                shares(child, units),
                trend);
    }

    private static void add(Map<String, long[]> map, String key, long women, long people) {
        long[] c = map.computeIfAbsent(key, k -> new long[2]);
        c[0] += women;
        c[1] += people;
    }

    private static List<Share> shares(Map<String, long[]> map, @Nullable ReportUnits names) {
        List<Share> list = new ArrayList<>();
        map.forEach((k, v) -> list.add(Share.of(k, names == null ? k : names.name(k), v[0], v[1])));
        return list;
    }
}
