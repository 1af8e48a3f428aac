package vn.haicap.adminunit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.haicap.adminunit.AdminUnits;
import vn.haicap.adminunit.UnitLevel;
import vn.haicap.shared.PageRequest;
import vn.haicap.shared.PageResult;

@Tag(
        name = "Administrative units",
        description = "The official registry of provinces, districts (until 30 June 2025) and communes, as of any"
                + " date from 2025-03-01 to today, with the lineage of the 2025 reorganisation and later changes."
                + " Public; answers carry a strong ETag and may be cached for an hour.")
@RestController
@RequestMapping("/api/v1/units")
class UnitRestController {

    private final AdminUnits units;
    private final ReferenceCaching caching;

    UnitRestController(AdminUnits units, ReferenceCaching caching) {
        this.units = units;
        this.caching = caching;
    }

    @Operation(
            summary = "List or search the units of one level in force on a date",
            description = "Errors: adminunit.level-invalid, adminunit.code-invalid (parent), "
                    + "adminunit.date-out-of-range, common.page-invalid, common.size-invalid.")
    @GetMapping
    ResponseEntity<PageResult<UnitJson>> list(
            @Parameter(description = "province (default), district (until 2025-06-30) or commune")
                    @RequestParam(defaultValue = "province")
                    String level,
            @Parameter(description = "as of this day, 2025-03-01 to today (default today)")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate date,
            @Parameter(description = "only units under this province (2 digits) or district (3 digits)")
                    @RequestParam(required = false)
                    @Nullable
                    String parent,
            @Parameter(description = "name contains this text; case, diacritics and apostrophes are ignored")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @Parameter(description = "page number from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "page size, 1 to 500") @RequestParam(defaultValue = "50") int size,
            HttpServletRequest request) {
        PageResult<UnitJson> result = units.list(
                        UnitLevel.parse(level), dateOrToday(date), parent, q, new PageRequest(page, size))
                .map(UnitJson::of);
        return caching.answer(request, result);
    }

    @Operation(
            summary = "One unit as of a date, with its figures, predecessors and successors",
            description = "Without a date: the version in force today, or the last one of a unit that no longer"
                    + " exists. A code used both before and after 1 July 2025 is resolved by the date. Errors:"
                    + " adminunit.code-invalid, adminunit.level-invalid, adminunit.date-out-of-range,"
                    + " adminunit.unit-not-found.")
    @GetMapping("/{code}")
    ResponseEntity<UnitDetailJson> unit(
            @Parameter(description = "2 digits (province), 3 (old district) or 5 (commune)") @PathVariable String code,
            @Parameter(description = "as of this day, 2025-03-01 to today")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate date,
            @Parameter(description = "province, district or commune; must agree with the code")
                    @RequestParam(required = false)
                    @Nullable
                    String level,
            HttpServletRequest request) {
        var detail = units.unit(UnitLevel.requireValidCode(code), levelOrNull(level), date);
        return caching.answer(request, UnitDetailJson.of(detail));
    }

    @Operation(summary = "Every version of a code at its level, oldest first, each with its lineage")
    @GetMapping("/{code}/history")
    ResponseEntity<HistoryJson> history(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String level,
            HttpServletRequest request) {
        var versions = units.history(UnitLevel.requireValidCode(code), levelOrNull(level));
        return caching.answer(
                request,
                new HistoryJson(
                        code,
                        versions.get(0).unit().level().key(),
                        versions.stream().map(UnitDetailJson::of).toList()));
    }

    @Operation(
            summary = "The units in force today that an old code became",
            description = "Starts from the code's earliest version, or from the version valid on `date`. A split old"
                    + " commune answers several units with relation `partial`. An old district is followed through its"
                    + " communes.")
    @GetMapping("/{code}/current")
    ResponseEntity<LineageJson> current(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @RequestParam(required = false) @Nullable String level,
            HttpServletRequest request) {
        List<LinkJson> items = units.current(UnitLevel.requireValidCode(code), levelOrNull(level), date).stream()
                .map(LinkJson::of)
                .toList();
        return caching.answer(request, new LineageJson(code, items));
    }

    @Operation(
            summary = "The old units a unit was made of",
            description = "Follows predecessors back to units that have none (the pre-reform register), with the"
                    + " relation `whole` or `partial` for each.")
    @GetMapping("/{code}/origins")
    ResponseEntity<LineageJson> origins(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @RequestParam(required = false) @Nullable String level,
            HttpServletRequest request) {
        List<LinkJson> items = units.origins(UnitLevel.requireValidCode(code), levelOrNull(level), date).stream()
                .map(LinkJson::of)
                .toList();
        return caching.answer(request, new LineageJson(code, items));
    }

    record HistoryJson(String code, String level, List<UnitDetailJson> versions) {}

    record LineageJson(String code, List<LinkJson> items) {}

    private LocalDate dateOrToday(@Nullable LocalDate date) {
        return date == null ? units.today() : date;
    }

    private static @Nullable UnitLevel levelOrNull(@Nullable String level) {
        return level == null || level.isBlank() ? null : UnitLevel.parse(level);
    }
}
