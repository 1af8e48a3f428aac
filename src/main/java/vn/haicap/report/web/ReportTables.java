package vn.haicap.report.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.haicap.account.CurrentUser;
import vn.haicap.report.ServiceIndex;
import vn.haicap.report.ServiceIndexReports;
import vn.haicap.report.WorkforceReports;
import vn.haicap.shared.HaicapException;

/** Every table of the dashboards, built the same way for the page, the exports and the monthly report. */
@Component
class ReportTables {

    static final List<String> KEYS = List.of(
            "index",
            "units",
            "months",
            "dossiers",
            "personnel",
            "gaps",
            "departures",
            "gender",
            "gender-category",
            "gender-rank",
            "gender-leadership",
            "gender-units",
            "gender-trend");

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

    private final ServiceIndexReports index;
    private final WorkforceReports workforce;
    private final MessageSource messages;

    ReportTables(ServiceIndexReports index, WorkforceReports workforce, MessageSource messages) {
        this.index = index;
        this.workforce = workforce;
        this.messages = messages;
    }

    String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    ReportTable build(
            String key,
            CurrentUser user,
            @Nullable String unit,
            String period,
            LocalDate date,
            @Nullable String filter,
            Locale locale) {
        String u = unit == null ? "" : unit;
        return switch (key) {
            case "index" -> indexTable(index.index(user, u, period), locale);
            case "units" -> unitsTable(index.children(user, u, period), "units", locale);
            case "months" -> unitsTable(index.months(user, u, period), "months", locale);
            case "dossiers" ->
                dossiersTable(
                        index.dossiers(
                                user, u, period, filter == null ? "late" : filter, 0, ServiceIndexReports.MAX_PAGE),
                        locale);
            case "personnel", "gaps", "departures" ->
                personnelTable(key, workforce.personnel(user, u, date, null, null), locale);
            case "gender", "gender-category", "gender-rank", "gender-leadership", "gender-units", "gender-trend" ->
                genderTable(key, workforce.gender(user, u, date), locale);
            default -> throw HaicapException.notFound("report.table-unknown", key);
        };
    }

    ReportTable indexTable(ServiceIndex si, Locale l) {
        List<List<Object>> rows = new ArrayList<>();
        for (ServiceIndex.Group g : si.groups()) {
            for (ServiceIndex.Indicator i : g.indicators()) {
                rows.add(row(
                        msg(l, "report.group." + g.key()),
                        i.key() + " " + msg(l, "report.indicator." + i.key()),
                        i.value() == null ? msg(l, i.recorded() ? "report.na" : "report.not-recorded") : i.value(),
                        i.points(),
                        i.max(),
                        i.numerator() == null ? "" : i.numerator(),
                        i.denominator() == null ? "" : i.denominator()));
            }
        }
        rows.add(row(msg(l, "report.total"), "", "", si.total(), 100, "", ""));
        return new ReportTable(
                "index",
                msg(l, "report.table.index", si.unitName(), si.period()),
                List.of(
                        msg(l, "report.col.group"),
                        msg(l, "report.col.indicator"),
                        msg(l, "report.col.value"),
                        msg(l, "report.col.points"),
                        msg(l, "report.col.max"),
                        msg(l, "report.col.numerator"),
                        msg(l, "report.col.denominator")),
                rows);
    }

    ReportTable unitsTable(List<ServiceIndex> list, String key, Locale l) {
        List<List<Object>> rows = new ArrayList<>();
        for (ServiceIndex si : list) {
            ServiceIndex.Indicator onTime = si.indicator("2.1");
            ServiceIndex.Indicator online = si.indicator("3.3");
            ServiceIndex.Indicator result = si.indicator("4.1");
            rows.add(row(
                    key.equals("months") ? si.period() : si.unit(),
                    key.equals("months") ? "" : si.unitName(),
                    si.total(),
                    onTime == null || onTime.denominator() == null ? 0 : onTime.denominator(),
                    value(onTime),
                    value(online),
                    value(result)));
        }
        return new ReportTable(
                key,
                msg(l, "report.table." + key),
                List.of(
                        msg(l, key.equals("months") ? "report.col.month" : "report.col.code"),
                        msg(l, "report.col.name"),
                        msg(l, "report.col.total"),
                        msg(l, "report.col.received"),
                        msg(l, "report.indicator.2.1"),
                        msg(l, "report.indicator.3.3"),
                        msg(l, "report.indicator.4.1")),
                rows);
    }

    private static Object value(ServiceIndex.@Nullable Indicator i) {
        return i == null || i.value() == null ? "" : i.value();
    }

    ReportTable dossiersTable(ServiceIndexReports.DrillDown d, Locale l) {
        List<List<Object>> rows = new ArrayList<>();
        for (ServiceIndexReports.DossierLine line : d.items()) {
            rows.add(row(
                    line.code(),
                    line.procedureCode() + " " + line.procedureName(),
                    msg(l, "report.channel." + line.channel()),
                    line.status(),
                    TIME.format(line.receivedAt()),
                    line.dueAt() == null ? "" : TIME.format(line.dueAt()),
                    line.finishedAt() == null ? "" : TIME.format(line.finishedAt()),
                    msg(l, line.late() ? "report.late" : "report.on-time")));
        }
        return new ReportTable(
                "dossiers",
                msg(l, "report.table.dossiers", msg(l, "report.filter." + d.filter()), d.period(), d.total()),
                List.of(
                        msg(l, "report.col.code"),
                        msg(l, "report.col.procedure"),
                        msg(l, "report.col.channel"),
                        msg(l, "report.col.status"),
                        msg(l, "report.col.received-at"),
                        msg(l, "report.col.due-at"),
                        msg(l, "report.col.finished-at"),
                        msg(l, "report.col.timeliness")),
                rows);
    }

    ReportTable personnelTable(String key, WorkforceReports.Personnel p, Locale l) {
        List<List<Object>> rows = new ArrayList<>();
        switch (key) {
            case "gaps" -> {
                for (WorkforceReports.GapRow g : p.gaps()) {
                    rows.add(row(g.unitName(), g.specialism(), g.required(), g.filled(), g.gap()));
                }
                return new ReportTable(
                        key,
                        msg(l, "report.table.gaps", p.unitName(), p.date()),
                        List.of(
                                msg(l, "report.col.unit"),
                                msg(l, "report.col.specialism"),
                                msg(l, "report.col.required"),
                                msg(l, "report.col.filled"),
                                msg(l, "report.col.gap")),
                        rows);
            }
            case "departures" -> {
                for (Map.Entry<String, Long> e : p.departures().byReason().entrySet()) {
                    rows.add(row(msg(l, "report.reason." + e.getKey()), e.getValue()));
                }
                rows.add(row(msg(l, "report.total"), p.departures().total()));
                return new ReportTable(
                        key,
                        msg(
                                l,
                                "report.table.departures",
                                p.unitName(),
                                p.departures().from(),
                                p.departures().to()),
                        List.of(msg(l, "report.col.reason"), msg(l, "report.col.people")),
                        rows);
            }
            default -> {
                for (WorkforceReports.ChildRow c : p.children()) {
                    rows.add(row(c.code(), c.name(), c.headcount(), c.women(), c.quota(), c.vacancies()));
                }
                rows.add(row(msg(l, "report.total"), p.unitName(), p.headcount(), "", p.quota(), p.vacancies()));
                return new ReportTable(
                        "personnel",
                        msg(l, "report.table.personnel", p.unitName(), p.date()),
                        List.of(
                                msg(l, "report.col.code"),
                                msg(l, "report.col.name"),
                                msg(l, "report.col.headcount"),
                                msg(l, "report.col.women"),
                                msg(l, "report.col.quota"),
                                msg(l, "report.col.vacancies")),
                        rows);
            }
        }
    }

    ReportTable genderTable(String key, WorkforceReports.Gender g, Locale l) {
        List<List<Object>> rows = new ArrayList<>();
        if (key.equals("gender")) {
            for (WorkforceReports.Indicator i : g.indicators()) {
                rows.add(row(
                        msg(l, "report.gender." + i.key()),
                        i.numerator() == null ? "" : i.numerator(),
                        i.denominator() == null ? "" : i.denominator(),
                        i.value() == null ? msg(l, i.recorded() ? "report.na" : "report.not-recorded") : i.value()));
            }
            return new ReportTable(
                    key,
                    msg(l, "report.table.gender", g.unitName(), g.date()),
                    List.of(
                            msg(l, "report.col.indicator"),
                            msg(l, "report.col.numerator"),
                            msg(l, "report.col.denominator"),
                            msg(l, "report.col.percent")),
                    rows);
        }
        if (key.equals("gender-trend")) {
            for (WorkforceReports.TrendPoint t : g.trend()) {
                rows.add(row(
                        t.date().toString(),
                        t.staff().women(),
                        t.staff().total(),
                        t.staff().share() == null ? "" : t.staff().share(),
                        t.leadership().share() == null ? "" : t.leadership().share()));
            }
            return new ReportTable(
                    key,
                    msg(l, "report.table.gender-trend", g.unitName()),
                    List.of(
                            msg(l, "report.col.date"),
                            msg(l, "report.col.women"),
                            msg(l, "report.col.headcount"),
                            msg(l, "report.gender.women_staff"),
                            msg(l, "report.gender.women_leadership")),
                    rows);
        }
        List<WorkforceReports.Share> shares = switch (key) {
            case "gender-category" -> g.byCategory();
            case "gender-rank" -> g.byRank();
            case "gender-leadership" -> g.byLeadership();
            default -> g.byUnit();
        };
        for (WorkforceReports.Share s : shares) {
            String label = key.equals("gender-units")
                    ? s.label()
                    : msg(l, "report." + key + "." + (s.key().isEmpty() ? "none" : s.key()));
            rows.add(row(label, s.women(), s.total(), s.share() == null ? "" : s.share()));
        }
        return new ReportTable(
                key,
                msg(l, "report.table." + key, g.unitName(), g.date()),
                List.of(
                        msg(l, "report.col.name"),
                        msg(l, "report.col.women"),
                        msg(l, "report.col.headcount"),
                        msg(l, "report.col.percent")),
                rows);
    }

    private static List<Object> row(Object... cells) {
        return List.of(cells);
    }
}
