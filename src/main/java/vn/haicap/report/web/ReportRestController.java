package vn.haicap.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.haicap.account.CurrentUser;
import vn.haicap.report.ReportRefresher;
import vn.haicap.report.ServiceIndex;
import vn.haicap.report.ServiceIndexReports;
import vn.haicap.report.WorkforceReports;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.Role;

@RestController
@Tag(name = "Reports", description = "Service index, personnel and gender-equality indicators, exports")
class ReportRestController {

    private final ServiceIndexReports index;
    private final WorkforceReports workforce;
    private final ReportDownloads downloads;
    private final ReportRefresher refresher;

    ReportRestController(
            ServiceIndexReports index,
            WorkforceReports workforce,
            ReportDownloads downloads,
            ReportRefresher refresher) {
        this.index = index;
        this.workforce = workforce;
        this.downloads = downloads;
        this.refresher = refresher;
    }

    @GetMapping("/api/v1/reports/service-index")
    @Operation(summary = "The service index of a unit (VN, a province, a commune) for YYYY-MM, YYYY-Qn or YYYY")
    ServiceIndex serviceIndex(
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String period) {
        return index.index(CurrentUser.get(), unit == null ? "" : unit, ReportParams.period(period));
    }

    @GetMapping("/api/v1/reports/service-index/units")
    @Operation(summary = "The index of each unit one level down (provinces of the nation, communes of a province)")
    List<ServiceIndex> serviceIndexUnits(
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String period) {
        return index.children(CurrentUser.get(), unit == null ? "" : unit, ReportParams.period(period));
    }

    @GetMapping("/api/v1/reports/service-index/months")
    @Operation(summary = "The index of a unit for each month of a quarter or year")
    List<ServiceIndex> serviceIndexMonths(
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String period) {
        return index.months(CurrentUser.get(), unit == null ? "" : unit, ReportParams.period(period));
    }

    @GetMapping("/api/v1/reports/service-index/dossiers")
    @Operation(
            summary = "The dossiers behind a number: filter = received, late, on_time, completed, online, not_online,"
                    + " no_electronic_result, not_digitised, reused, not_paid_online, dissatisfied")
    ServiceIndexReports.DrillDown dossiers(
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String period,
            @RequestParam(defaultValue = "late") String filter,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return index.dossiers(
                CurrentUser.get(), unit == null ? "" : unit, ReportParams.period(period), filter, page, size);
    }

    @GetMapping("/api/v1/reports/workforce")
    @Operation(summary = "Headcount, quotas, vacancies, departures by reason and staffing gaps of a unit on a day")
    WorkforceReports.Personnel personnel(
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String date,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to) {
        return workforce.personnel(
                CurrentUser.get(),
                unit,
                ReportParams.date(date),
                ReportParams.optionalDate(from),
                ReportParams.optionalDate(to));
    }

    @GetMapping("/api/v1/reports/gender")
    @Operation(summary = "Gender-equality indicators of a unit on a day, with numerators, denominators and the trend")
    WorkforceReports.Gender gender(
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String date) {
        return workforce.gender(CurrentUser.get(), unit, ReportParams.date(date));
    }

    @GetMapping("/api/v1/reports/export/{table}.{format}")
    @Operation(
            summary = "A table of the dashboards as csv, xlsx or pdf (tables: index, units, months, dossiers,"
                    + " personnel, gaps, departures, gender, gender-category, gender-rank, gender-leadership, gender-units,"
                    + " gender-trend)")
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

    @GetMapping("/api/v1/reports/monthly.pdf")
    @Operation(summary = "The monthly report of a province (or commune, or the nation) as PDF")
    ResponseEntity<byte[]> monthly(
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String period,
            Locale locale) {
        return downloads.monthly(unit, period, locale);
    }

    @PostMapping("/api/v1/reports/refresh")
    @Operation(
            summary = "Recompute the reports now (ministry administrators): one month's dossier counters for every"
                    + " commune (month=YYYY-MM), else every month and every workforce view; answers each one's"
                    + " time in ms")
    Map<String, Long> refresh(@RequestParam(required = false) @Nullable String month) {
        if (!CurrentUser.get().has(Role.MINISTRY_ADMIN)) {
            throw HaicapException.forbidden("report.forbidden");
        }
        if (month != null && !month.isBlank()) {
            return refresher.refreshMonth(ReportParams.month(month));
        }
        return refresher.refreshAll();
    }

    static ResponseEntity<byte[]> file(byte[] bytes, String mediaType, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }
}
