package vn.haicap.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL over the report schema's tables and materialised views, and the drill-down to the dossiers behind a number (the
 * only place where the report module reads the dossier tables directly, with the same definitions as the
 * view {@code report.service_month}).
 */
@Repository
class ReportStore {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** "and province = ?" / "and commune = ?" for a unit (the column names differ per view). */
    private static String filter(ReportUnit unit, String provinceColumn, String communeColumn) {
        return switch (unit.level()) {
            case NATION -> "";
            case PROVINCE -> " and " + provinceColumn + " = :unit";
            case COMMUNE -> " and " + communeColumn + " = :unit";
        };
    }

    record DossierCounts(
            String key,
            long received,
            long onTime,
            long completed,
            long processingSeconds,
            long online,
            long onlineCounted,
            long resultExpected,
            long electronicResult,
            long digitised,
            long reused,
            long feeBearing,
            long paidOnline,
            long rated,
            long dissatisfied) {}

    record ProcedureCounts(
            String key, String procedureCode, long received, long online, long feeBearing, long paidOnline) {}

    private static final String SUMS = """
            coalesce(sum(received), 0) as received, coalesce(sum(on_time), 0) as on_time,
            coalesce(sum(completed), 0) as completed, coalesce(sum(processing_seconds), 0) as processing_seconds,
            coalesce(sum(online), 0) as online, coalesce(sum(online_counted), 0) as online_counted,
            coalesce(sum(result_expected), 0) as result_expected, coalesce(sum(electronic_result), 0) as electronic_result,
            coalesce(sum(digitised), 0) as digitised, coalesce(sum(reused), 0) as reused,
            coalesce(sum(fee_bearing), 0) as fee_bearing, coalesce(sum(paid_online), 0) as paid_online,
            coalesce(sum(rated), 0) as rated, coalesce(sum(dissatisfied), 0) as dissatisfied
            """;

    /**
     * Dossier counts of a unit for a period, grouped by {@code by}: {@code "unit"} (one row, key = the unit),
     * {@code "child"} (per province of the nation, per commune of a province), {@code "month"}.
     */
    List<DossierCounts> dossierCounts(ReportUnit unit, Period period, String by) {
        String key = switch (by) {
            case "child" -> unit.level() == ReportUnit.Level.NATION ? "province" : "commune";
            case "month" -> "to_char(month, 'YYYY-MM')";
            default -> "''";
        };
        String sql =
                "select " + key + " as key, " + SUMS + " from report.service_month where month between :from and :to"
                        + filter(unit, "province", "commune") + " group by 1 order by 1";
        return jdbc.sql(sql)
                .param("from", period.firstDay())
                .param("to", period.last().atDay(1))
                .param("unit", unit.code())
                .query((rs, n) -> new DossierCounts(
                        rs.getString("key"),
                        rs.getLong("received"),
                        rs.getLong("on_time"),
                        rs.getLong("completed"),
                        rs.getLong("processing_seconds"),
                        rs.getLong("online"),
                        rs.getLong("online_counted"),
                        rs.getLong("result_expected"),
                        rs.getLong("electronic_result"),
                        rs.getLong("digitised"),
                        rs.getLong("reused"),
                        rs.getLong("fee_bearing"),
                        rs.getLong("paid_online"),
                        rs.getLong("rated"),
                        rs.getLong("dissatisfied")))
                .list();
    }

    /** Per procedure (and per child unit or month when {@code by} says so) for the procedure-level indicators. */
    List<ProcedureCounts> procedureCounts(ReportUnit unit, Period period, String by) {
        boolean nation = unit.level() == ReportUnit.Level.NATION;
        String view = nation ? "report.procedure_month_province" : "report.procedure_month";
        String key = switch (by) {
            case "child" -> nation ? "province" : "commune";
            case "month" -> "to_char(month, 'YYYY-MM')";
            default -> "''";
        };
        String sql = "select " + key + " as key, procedure_code, sum(received) as received, sum(online) as online,"
                + " sum(fee_bearing) as fee_bearing, sum(paid_online) as paid_online from " + view
                + " where month between :from and :to" + filter(unit, "province", "commune") + " group by 1, 2";
        return jdbc.sql(sql)
                .param("from", period.firstDay())
                .param("to", period.last().atDay(1))
                .param("unit", unit.code())
                .query((rs, n) -> new ProcedureCounts(
                        rs.getString("key"),
                        rs.getString("procedure_code"),
                        rs.getLong("received"),
                        rs.getLong("online"),
                        rs.getLong("fee_bearing"),
                        rs.getLong("paid_online")))
                .list();
    }

    /** A dossier behind a number. */
    record DossierRow(
            String code,
            String procedureCode,
            String procedureName,
            String channel,
            String status,
            String commune,
            Instant receivedAt,
            @Nullable Instant dueAt,
            @Nullable Instant finishedAt,
            boolean late) {}

    private static final String LATE = "((select count(*) from dossier.transition t where t.dossier = d.code"
            + " and t.action = 'request_supplement') > 1"
            + " or (d.due_at is not null and coalesce(d.finished_at, now()) > d.due_at))";
    private static final String RESULT_EXPECTED = "d.status in ('resolved_approved', 'result_at_counter', 'returned')";

    /** The condition of each drill-down, as in report.service_month. */
    static @Nullable String condition(String filter) {
        return switch (filter) {
            case "received" -> "true";
            case "late" -> LATE;
            case "on_time" -> "not " + LATE;
            case "completed" ->
                "d.status in ('resolved_approved', 'resolved_not_eligible', 'result_at_counter',"
                        + " 'returned') and d.finished_at is not null";
            case "online" -> "d.channel = 'online'";
            case "not_online" -> "d.channel <> 'online'";
            case "no_electronic_result" -> RESULT_EXPECTED + " and d.result_document is null";
            case "not_digitised" ->
                "not (exists (select 1 from dossier.document x where x.dossier = d.code) and (not (" + RESULT_EXPECTED
                        + ") or d.result_document is not null))";
            case "reused" ->
                "exists (select 1 from dossier.document x where x.dossier = d.code" + " and x.reused_from is not null)";
            case "not_paid_online" ->
                "p.status in ('due', 'paid') and not (p.status = 'paid'"
                        + " and p.channel in ('national_portal', 'local_gateway'))";
            case "dissatisfied" -> "r.score = 'not_satisfied'";
            default -> null;
        };
    }

    private String drillSql(ReportUnit unit, String condition) {
        return " from dossier.dossier d left join dossier.payment p on p.dossier = d.code"
                + " left join dossier.rating r on r.dossier = d.code"
                + " where d.received_at >= :from and d.received_at < :to"
                + filter(unit, "d.receiving_province", "d.receiving_commune") + " and (" + condition + ")";
    }

    List<DossierRow> dossiers(ReportUnit unit, Period period, String condition, int offset, int limit) {
        return jdbc.sql("select d.code, d.procedure_code, d.procedure_name, d.channel, d.status, d.receiving_commune,"
                        + " d.received_at, d.due_at, d.finished_at, " + LATE + " as late" + drillSql(unit, condition)
                        + " order by d.received_at, d.code offset :offset limit :limit")
                .param(
                        "from",
                        java.sql.Timestamp.from(
                                period.firstDay().atStartOfDay(VIETNAM).toInstant()))
                .param(
                        "to",
                        java.sql.Timestamp.from(period.lastDay()
                                .plusDays(1)
                                .atStartOfDay(VIETNAM)
                                .toInstant()))
                .param("unit", unit.code())
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> new DossierRow(
                        rs.getString("code"),
                        rs.getString("procedure_code"),
                        rs.getString("procedure_name"),
                        rs.getString("channel"),
                        rs.getString("status"),
                        rs.getString("receiving_commune"),
                        rs.getTimestamp("received_at").toInstant(),
                        instant(rs.getTimestamp("due_at")),
                        instant(rs.getTimestamp("finished_at")),
                        rs.getBoolean("late")))
                .list();
    }

    long countDossiers(ReportUnit unit, Period period, String condition) {
        return jdbc.sql("select count(*)" + drillSql(unit, condition))
                .param(
                        "from",
                        java.sql.Timestamp.from(
                                period.firstDay().atStartOfDay(VIETNAM).toInstant()))
                .param(
                        "to",
                        java.sql.Timestamp.from(period.lastDay()
                                .plusDays(1)
                                .atStartOfDay(VIETNAM)
                                .toInstant()))
                .param("unit", unit.code())
                .query(Long.class)
                .single();
    }

    private static @Nullable Instant instant(java.sql.@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    // ---- workforce ----

    /** Women and all among the full-time staff in post on a day, in one dimension ({@code key}: the child unit). */
    record StaffTotal(String dimension, String key, long women, long people) {}

    /**
     * Full-time staff in post on a day, women and all, by child unit, category, rank and position group: counted
     * in one pass over the spans in force, a few hundred rows out instead of one per combination.
     */
    List<StaffTotal> staffTotals(ReportUnit unit, LocalDate day) {
        return jdbc.sql("select case when grouping(key) = 0 then 'key' when grouping(category) = 0 then 'category'"
                        + " when grouping(rank) = 0 then 'rank' else 'group' end as dim,"
                        + " coalesce(key, category, rank, position_group) as k,"
                        + " coalesce(sum(people) filter (where sex = 'female'), 0) as women, sum(people) as people"
                        + " from (select " + key(unit, "child") + " as key, category, sex, rank, position_group, people"
                        + " from " + spans(unit, "child") + " where valid_from <= :day and valid_to >= :day"
                        + filter(unit, "province", "unit") + ") s"
                        + " group by grouping sets ((key), (category), (rank), (position_group))")
                .param("day", day)
                .param("unit", unit.code())
                .query((rs, n) -> new StaffTotal(
                        rs.getString("dim"), rs.getString("k"), rs.getLong("women"), rs.getLong("people")))
                .list();
    }

    /** People appointed to full-time posts, of one sex, in one position group. */
    record Appointed(String sex, String group, long people) {}

    /** Full-time assignments that started in [from, to], by sex and position group. */
    List<Appointed> appointments(ReportUnit unit, LocalDate from, LocalDate to) {
        // the nation and provinces from the per-province roll-up by first day
        String source = unit.level() == ReportUnit.Level.COMMUNE
                ? "report.staff_span where valid_from between :from and :to"
                : "report.appointment_day where day between :from and :to";
        return jdbc.sql("select sex, position_group, sum(people) as people from " + source
                        + filter(unit, "province", "unit") + " group by sex, position_group")
                .param("from", from)
                .param("to", to)
                .param("unit", unit.code())
                .query((rs, n) ->
                        new Appointed(rs.getString("sex"), rs.getString("position_group"), rs.getLong("people")))
                .list();
    }

    record TrendPoint(LocalDate day, long women, long total, long leadershipWomen, long leadership) {}

    /** Staff in post on each of the days (women, all; in leadership posts), oldest first. */
    List<TrendPoint> trend(ReportUnit unit, List<LocalDate> days) {
        boolean monthEnds = unit.level() != ReportUnit.Level.COMMUNE
                && days.stream()
                        .allMatch(d -> d.equals(java.time.YearMonth.from(d).atEndOfMonth())
                                && d.getYear() >= 2020
                                && d.getYear() <= 2030);
        // people in post on each day: the month-end roll-up of provinces, else the spans in force that day
        String spans = monthEnds
                ? " left join report.staff_province_month_end s on s.month_end = d.day"
                        + filter(unit, "s.province", "s.province")
                : " left join report.staff_span s on s.valid_from <= d.day and s.valid_to >= d.day"
                        + filter(unit, "s.province", "s.unit");
        return jdbc.sql("select d.day, coalesce(sum(people) filter (where sex = 'female'), 0) as women,"
                        + " coalesce(sum(people), 0) as total,"
                        + " coalesce(sum(people) filter (where sex = 'female' and position_group = 'leadership'), 0) as lw,"
                        + " coalesce(sum(people) filter (where position_group = 'leadership'), 0) as l"
                        + " from unnest(cast(:days as date[])) as d(day)" + spans
                        + " group by d.day order by d.day")
                .param("days", days.stream().map(java.sql.Date::valueOf).toArray(java.sql.Date[]::new))
                .param("unit", unit.code())
                .query((rs, n) -> new TrendPoint(
                        rs.getDate("day").toLocalDate(),
                        rs.getLong("women"),
                        rs.getLong("total"),
                        rs.getLong("lw"),
                        rs.getLong("l")))
                .list();
    }

    record LeaderCount(long agencies, long withFemaleLeader) {}

    /** Agencies with people in leadership posts on the day, and those where at least one of them is a woman. */
    LeaderCount leaders(ReportUnit unit, LocalDate day) {
        // an agency's pieces do not overlap: at most one row per agency on a day
        return jdbc.sql("select count(*) as agencies, count(*) filter (where female) as female"
                        + " from report.agency_leader_span where valid_from <= :day and valid_to >= :day"
                        + filter(unit, "province", "unit"))
                .param("day", day)
                .param("unit", unit.code())
                .query((rs, n) -> new LeaderCount(rs.getLong("agencies"), rs.getLong("female")))
                .single();
    }

    record SpecialismCount(String key, String specialism, long count) {}

    /** Headcount quotas of agencies in force on the day, by child unit (or agency) and specialism. */
    List<SpecialismCount> quotas(ReportUnit unit, LocalDate day, String by) {
        return jdbc.sql("select " + key(unit, by) + " as key, specialism, sum(quota) as n from report.position_quota"
                        + " where valid_from <= :day and valid_to >= :day" + filter(unit, "province", "unit")
                        + " group by 1, 2")
                .param("day", day)
                .param("unit", unit.code())
                .query((rs, n) -> new SpecialismCount(rs.getString("key"), rs.getString("specialism"), rs.getLong("n")))
                .list();
    }

    /** People in post on the day in a position, by child unit (or agency) and specialism. */
    List<SpecialismCount> filled(ReportUnit unit, LocalDate day, String by) {
        return jdbc.sql("select " + key(unit, by) + " as key, specialism, sum(people) as n from " + spans(unit, by)
                        + " where specialism <> '' and valid_from <= :day and valid_to >= :day"
                        + filter(unit, "province", "unit") + " group by 1, 2")
                .param("day", day)
                .param("unit", unit.code())
                .query((rs, n) -> new SpecialismCount(rs.getString("key"), rs.getString("specialism"), rs.getLong("n")))
                .list();
    }

    record DepartureCount(String kind, String sex, String category, long people, BigDecimal amountPaid) {}

    /** Departures with an effective date in the months of [from, to]. */
    List<DepartureCount> departures(ReportUnit unit, LocalDate from, LocalDate to) {
        return jdbc.sql("select kind, sex, category, sum(people) as people, sum(amount_paid) as amount"
                        + " from "
                        + (unit.level() == ReportUnit.Level.NATION
                                ? "report.departure_province_month"
                                : "report.departure_month")
                        + " where month between :from and :to"
                        + filter(unit, "province", "unit") + " group by 1, 2, 3")
                .param("from", from.withDayOfMonth(1))
                .param("to", to.withDayOfMonth(1))
                .param("unit", unit.code())
                .query((rs, n) -> new DepartureCount(
                        rs.getString("kind"),
                        rs.getString("sex"),
                        rs.getString("category"),
                        rs.getLong("people"),
                        rs.getBigDecimal("amount")))
                .list();
    }

    /** The nation's figures (without agencies) come from the province roll-up. */
    private static String spans(ReportUnit unit, String by) {
        return unit.level() == ReportUnit.Level.NATION && !by.equals("agency")
                ? "report.staff_province_span"
                : "report.staff_span";
    }

    private static String key(ReportUnit unit, String by) {
        return switch (by) {
            case "child" ->
                switch (unit.level()) {
                    case NATION -> "province";
                    case PROVINCE -> "unit";
                    case COMMUNE -> "agency";
                };
            case "agency" -> "agency";
            default -> "''";
        };
    }

    // ---- refresh ----

    /** The materialised views (workforce), refreshed whole; the dossier counters are recomputed by month. */
    static final List<String> VIEWS = List.of(
            "report.staff_span",
            "report.staff_province_span",
            "report.staff_province_month_end",
            "report.appointment_day",
            "report.agency_leader_span",
            "report.position_quota",
            "report.departure_month",
            "report.departure_province_month");

    /** The name under which a month's recompute is logged in {@code report.refresh_log}. */
    static final String DOSSIER_MONTHS = "report.service_month";

    /** Refreshes the view, then vacuums it: its indexes answer alone only where the visibility map says so. */
    long refresh(String view) {
        long start = System.nanoTime();
        jdbc.sql("refresh materialized view concurrently " + view).update();
        jdbc.sql("vacuum (analyze) " + view).update();
        return logged(view, start);
    }

    /** Recomputes the dossier counters of one month (its first day) in one transaction. */
    long recomputeMonth(LocalDate month) {
        long start = System.nanoTime();
        jdbc.sql("select report.recompute_month(:month)").param("month", month).query(rs -> {});
        return logged(DOSSIER_MONTHS, start);
    }

    private long logged(String name, long start) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        jdbc.sql(
                        "insert into report.refresh_log (view_name, refreshed_at, millis) values (:v, now(), :m)"
                                + " on conflict (view_name) do update set refreshed_at = excluded.refreshed_at, millis = excluded.millis")
                .param("v", name)
                .param("m", millis)
                .update();
        return millis;
    }

    private static final String MONTH_OF_RECEIPT =
            "date_trunc('month', received_at at time zone 'Asia/Ho_Chi_Minh')::date";

    /** The months of receipt of these dossiers. */
    List<LocalDate> monthsOf(java.util.Collection<String> dossiers) {
        if (dossiers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct " + MONTH_OF_RECEIPT
                        + " from dossier.dossier where code = any(:codes) and received_at is not null")
                .param("codes", dossiers.toArray(String[]::new))
                .query(LocalDate.class)
                .list();
    }

    /** The months of receipt of open dossiers whose appointment fell after {@code since}, up to {@code until}: they became late. */
    List<LocalDate> monthsPastDue(Instant since, Instant until) {
        return jdbc.sql("select distinct " + MONTH_OF_RECEIPT + " from dossier.dossier"
                        + " where status in ('received', 'in_process', 'processed') and due_at > :since"
                        + " and due_at <= :until and received_at is not null")
                .param("since", java.sql.Timestamp.from(since))
                .param("until", java.sql.Timestamp.from(until))
                .query(LocalDate.class)
                .list();
    }

    /** Every month from the first dossier received to the current one (Vietnam time). */
    List<LocalDate> allMonths() {
        // min(received_at) reads one entry of the index on received_at
        LocalDate first = jdbc.sql("select min(received_at) from dossier.dossier")
                .query((rs, n) -> rs.getTimestamp(1) == null
                        ? null
                        : rs.getTimestamp(1)
                                .toInstant()
                                .atZone(VIETNAM)
                                .toLocalDate()
                                .withDayOfMonth(1))
                .single();
        LocalDate current = LocalDate.now(VIETNAM).withDayOfMonth(1);
        if (first == null || first.isAfter(current)) {
            return List.of(current);
        }
        return first.datesUntil(current.plusMonths(1), java.time.Period.ofMonths(1))
                .toList();
    }

    /** When the dossier counters were last recomputed, if ever. */
    java.util.Optional<Instant> lastDossierRecompute() {
        return jdbc.sql("select refreshed_at from report.refresh_log where view_name = :v")
                .param("v", DOSSIER_MONTHS)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    @Nullable
    Instant lastRefresh() {
        return jdbc.sql("select min(refreshed_at) from report.refresh_log")
                .query((rs, n) -> instant(rs.getTimestamp(1)))
                .single();
    }
}
