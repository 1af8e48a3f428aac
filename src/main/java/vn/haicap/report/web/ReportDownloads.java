package vn.haicap.report.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.haicap.account.CurrentUser;
import vn.haicap.report.Period;
import vn.haicap.report.ServiceIndex;
import vn.haicap.report.ServiceIndexReports;
import vn.haicap.report.WorkforceReports;
import vn.haicap.shared.HaicapException;

/** The files: each table as CSV, XLSX or PDF, and the monthly report. */
@Component
class ReportDownloads {

    private final ReportTables tables;
    private final ServiceIndexReports index;
    private final WorkforceReports workforce;

    ReportDownloads(ReportTables tables, ServiceIndexReports index, WorkforceReports workforce) {
        this.tables = tables;
        this.index = index;
        this.workforce = workforce;
    }

    ResponseEntity<byte[]> table(
            String key,
            String format,
            @Nullable String unit,
            @Nullable String period,
            @Nullable String date,
            @Nullable String filter,
            Locale locale) {
        if (!ReportTables.KEYS.contains(key)) {
            throw HaicapException.notFound("report.table-unknown", key);
        }
        if (!List.of("csv", "xlsx", "pdf").contains(format)) {
            throw HaicapException.invalid("report.format-invalid", format);
        }
        CurrentUser user = CurrentUser.get();
        String p = ReportParams.period(period);
        LocalDate d = ReportParams.date(date);
        ReportTable table = tables.build(key, user, unit, p, d, filter, locale);
        String name = "haicap-" + key + "-" + (unit == null || unit.isBlank() ? "home" : unit.strip()) + "-"
                + (key.startsWith("gender")
                                || List.of("personnel", "gaps", "departures").contains(key)
                        ? d
                        : p) + "."
                + format;
        return switch (format) {
            case "csv" -> ReportRestController.file(TableExports.csv(table), "text/csv; charset=UTF-8", name);
            case "xlsx" ->
                ReportRestController.file(
                        TableExports.xlsx(table),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        name);
            default ->
                ReportRestController.file(
                        TableExports.pdf(table.title(), List.of(), List.of(table)), "application/pdf", name);
        };
    }

    /**
     * The monthly report: the index of the month with its groups, the communes (or provinces) ranked, the late
     * dossiers, and the personnel and gender indicators at the month's end.
     */
    ResponseEntity<byte[]> monthly(@Nullable String unit, @Nullable String period, Locale l) {
        CurrentUser user = CurrentUser.get();
        String p = ReportParams.period(period);
        Period parsed = Period.parse(p);
        if (parsed.kind() != Period.Kind.MONTH) {
            throw HaicapException.invalid("report.period-invalid", p);
        }
        String u = unit == null ? "" : unit;
        ServiceIndex si = index.index(user, u, p);
        LocalDate end = YearMonth.parse(parsed.key()).atEndOfMonth();
        LocalDate today = ReportParams.today();
        LocalDate day = end.isAfter(today) ? today : end;
        String title = tables.msg(l, "report.monthly.title", si.unitName(), parsed.key());
        List<String> lines = new ArrayList<>();
        lines.add(tables.msg(l, "report.monthly.total", si.total()));
        for (ServiceIndex.Group g : si.groups()) {
            lines.add(tables.msg(l, "report.group." + g.key()) + ": " + g.points() + " / " + g.max());
        }
        List<ReportTable> list = new ArrayList<>();
        list.add(tables.indexTable(si, l));
        List<ServiceIndex> children = index.children(user, u, p);
        if (!children.isEmpty()) {
            List<ServiceIndex> ranked = new ArrayList<>(children);
            ranked.sort((a, b) -> Double.compare(b.total(), a.total()));
            list.add(tables.unitsTable(ranked, "units", l));
        }
        list.add(tables.dossiersTable(index.dossiers(user, u, p, "late", 0, 100), l));
        WorkforceReports.Personnel personnel = workforce.personnel(user, u, day, null, null);
        list.add(tables.personnelTable("personnel", personnel, l));
        list.add(tables.personnelTable("departures", personnel, l));
        WorkforceReports.Gender gender = workforce.gender(user, u, day);
        list.add(tables.genderTable("gender", gender, l));
        byte[] pdf = TableExports.pdf(title, lines, list);
        return ReportRestController.file(
                pdf, "application/pdf", "haicap-monthly-" + si.unit() + "-" + parsed.key() + ".pdf");
    }
}
