package vn.haicap.adminunit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.haicap.adminunit.AdminUnitDataset;
import vn.haicap.adminunit.AdminUnits;
import vn.haicap.adminunit.AdministrativeUnit;
import vn.haicap.adminunit.UnitDetail;
import vn.haicap.adminunit.UnitLevel;
import vn.haicap.shared.PageRequest;
import vn.haicap.shared.PageResult;

/** The public pages: search and the provinces at {@code /units}, one unit at {@code /units/{code}}. */
@Controller
class UnitController {

    private static final int RESULTS_PER_PAGE = 20;

    private final AdminUnits units;

    UnitController(AdminUnits units) {
        this.units = units;
    }

    @GetMapping("/units")
    String index(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            HttpServletResponse response) {
        LocalDate asOf = units.requireCovered(date == null ? units.today() : date);
        List<AdministrativeUnit> provinces = units.provinces(asOf);
        Map<String, AdministrativeUnit> provincesByCode =
                provinces.stream().collect(Collectors.toMap(AdministrativeUnit::code, Function.identity()));
        String query = q == null ? "" : q.strip();
        PageResult<AdministrativeUnit> results = query.isEmpty()
                ? new PageResult<>(List.of(), 0, 0, RESULTS_PER_PAGE)
                : units.search(query, null, asOf, new PageRequest(Math.max(page, 0), RESULTS_PER_PAGE));
        model.addAttribute("q", query);
        model.addAttribute("date", date);
        model.addAttribute("asOf", asOf);
        model.addAttribute("today", units.today());
        model.addAttribute("results", results);
        model.addAttribute("pages", (results.total() + RESULTS_PER_PAGE - 1) / RESULTS_PER_PAGE);
        model.addAttribute("provincesByCode", provincesByCode);
        model.addAttribute("links", new UnitHrefs(date));
        response.setHeader("Vary", "HX-Request");
        if (htmx != null) {
            return "units/index :: results";
        }
        boolean beforeReform = asOf.isBefore(AdminUnitDataset.REFORM_DATE);
        model.addAttribute("provinces", provinces);
        model.addAttribute("beforeReform", beforeReform);
        model.addAttribute("communeCounts", units.countsByProvince(UnitLevel.COMMUNE, asOf));
        model.addAttribute(
                "districtCounts", beforeReform ? units.countsByProvince(UnitLevel.DISTRICT, asOf) : Map.of());
        model.addAttribute("coverageStart", AdminUnits.COVERAGE_START);
        return "units/index";
    }

    @GetMapping("/units/{code}")
    String unit(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @RequestParam(required = false) @Nullable String level,
            Model model) {
        UnitLevel unitLevel = level == null || level.isBlank() ? null : UnitLevel.parse(level);
        UnitDetail detail = units.unit(UnitLevel.requireValidCode(code), unitLevel, date);
        AdministrativeUnit unit = detail.unit();
        LocalDate shownOn = date != null ? date : unit.validOn(units.today()) ? units.today() : lastDay(unit);
        model.addAttribute("detail", detail);
        model.addAttribute("unit", unit);
        model.addAttribute("date", date);
        model.addAttribute("shownOn", shownOn);
        model.addAttribute("today", units.today());
        model.addAttribute("coverageStart", AdminUnits.COVERAGE_START);
        model.addAttribute("history", units.history(unit.code(), unit.level()));
        model.addAttribute(
                "children", unit.level() == UnitLevel.COMMUNE ? List.of() : units.children(unit.code(), shownOn));
        model.addAttribute("parent", parentOf(unit, shownOn));
        model.addAttribute("links", new UnitHrefs(date));
        return "units/unit";
    }

    private @Nullable AdministrativeUnit parentOf(AdministrativeUnit unit, LocalDate on) {
        if (unit.parentCode() == null) {
            return null;
        }
        return units.unit(unit.parentCode(), null, on).unit();
    }

    private LocalDate lastDay(AdministrativeUnit unit) {
        LocalDate validTo = unit.validTo();
        return validTo == null ? units.today() : validTo;
    }

    /** Where a unit's page is: its last day for a version that ended, no date for one in force. */
    record UnitHrefs(@Nullable LocalDate date) {

        public String href(AdministrativeUnit unit) {
            String base = "/units/" + unit.code();
            if (unit.validTo() != null) {
                return base + "?date=" + unit.validTo();
            }
            return date != null && unit.validOn(date) ? base + "?date=" + date : base;
        }
    }
}
