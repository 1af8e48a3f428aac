package vn.haicap.report.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.haicap.account.CurrentUser;
import vn.haicap.report.Period;
import vn.haicap.report.ReportUnit;
import vn.haicap.report.ReportUnits;
import vn.haicap.report.ServiceIndex;
import vn.haicap.report.ServiceIndexReports;
import vn.haicap.report.WorkforceReports;
import vn.haicap.shared.HaicapException;

/** The dashboard (/reports), the drill-down to dossiers (/reports/dossiers) and the downloads for a session. */
@Controller
class ReportPages {

    private final ServiceIndexReports index;
    private final WorkforceReports workforce;
    private final ReportUnits units;
    private final ReportTables tables;
    private final ReportDownloads downloads;

    ReportPages(
            ServiceIndexReports index,
            WorkforceReports workforce,
            ReportUnits units,
            ReportTables tables,
            ReportDownloads downloads) {
        this.index = index;
        this.workforce = workforce;
        this.units = units;
        this.tables = tables;
        this.downloads = downloads;
    }

    @GetMapping("/reports")
    String dashboard(
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String period,
            @RequestParam(required = false) @Nullable String date,
            Model model,
            Locale locale) {
        CurrentUser user = CurrentUser.get();
        ReportUnit home = units.home(user);
        model.addAttribute("home", home);
        String p = ReportParams.period(period);
        model.addAttribute("period", p);
        model.addAttribute("unit", unit == null || unit.isBlank() ? home.code() : unit.strip());
        model.addAttribute("dateText", date == null ? "" : date);
        try {
            LocalDate d = ReportParams.date(date);
            Period parsed = Period.parse(p);
            ReportUnit u = units.resolve(user, unit);
            model.addAttribute("selected", u);
            model.addAttribute("date", d);
            model.addAttribute("parents", parents(u, home));
            ServiceIndex si = index.index(user, u.code(), p);
            model.addAttribute("index", si);
            model.addAttribute("indexTable", tables.indexTable(si, locale));
            List<ServiceIndex> children = index.children(user, u.code(), p);
            model.addAttribute("children", children);
            String year = String.valueOf(parsed.first().getYear());
            model.addAttribute("months", index.months(user, u.code(), year));
            model.addAttribute("year", year);
            WorkforceReports.Overview overview = workforce.overview(user, u.code(), d);
            model.addAttribute("personnel", overview.personnel());
            model.addAttribute("gender", overview.gender());
            model.addAttribute("rows", new DashboardRows(children, overview.personnel(), overview.gender()));
            model.addAttribute("monthly", parsed.kind() == Period.Kind.MONTH);
        } catch (HaicapException e) {
            if (e.status().value() == 403 && !ReportUnits.canReport(user)) {
                throw e;
            }
            model.addAttribute("error", tables.msg(locale, e.code(), e.arguments()));
        }
        return "report/dashboard";
    }

    /** The units from the caller's home down to the one shown (breadcrumbs). */
    private List<ReportUnit> parents(ReportUnit unit, ReportUnit home) {
        if (unit.level() == ReportUnit.Level.COMMUNE
                && home.level() != ReportUnit.Level.COMMUNE
                && unit.provinceCode() != null) {
            ReportUnit province = units.resolveKnownUnit(unit.provinceCode());
            return home.level() == ReportUnit.Level.NATION ? List.of(home, province) : List.of(province);
        }
        if (unit.level() == ReportUnit.Level.PROVINCE && home.level() == ReportUnit.Level.NATION) {
            return List.of(home);
        }
        return List.of();
    }

    @GetMapping("/reports/dossiers")
    String dossiers(
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String period,
            @RequestParam(defaultValue = "late") String filter,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            Locale locale) {
        CurrentUser user = CurrentUser.get();
        String p = ReportParams.period(period);
        model.addAttribute("period", p);
        model.addAttribute("filter", filter);
        model.addAttribute("unit", unit == null ? "" : unit);
        try {
            ReportUnit u = units.resolve(user, unit);
            model.addAttribute("selected", u);
            model.addAttribute("drill", index.dossiers(user, u.code(), p, filter, Math.max(0, page), 50));
        } catch (HaicapException e) {
            if (e.status().value() == 403) {
                throw e;
            }
            model.addAttribute("error", tables.msg(locale, e.code(), e.arguments()));
        }
        return "report/dossiers";
    }

    @GetMapping("/reports/export/{table}.{format}")
    @ResponseBody
    ResponseEntity<byte[]> export(
            @PathVariable String table,
            @PathVariable String format,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String period,
            @RequestParam(required = false) @Nullable String date,
            @RequestParam(required = false) @Nullable String filter,
            Locale locale) {
        return downloads.table(table, format, unit, period, date, filter, locale);
    }

    @GetMapping("/reports/monthly.pdf")
    @ResponseBody
    ResponseEntity<byte[]> monthly(
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String period,
            Locale locale) {
        return downloads.monthly(unit, period, locale);
    }
}
