package vn.haicap.workforce.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.haicap.account.CurrentUser;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.TableFormat;
import vn.haicap.workforce.WorkforceRedeployment;
import vn.haicap.workforce.WorkforceStatistics;
import vn.haicap.workforce.imports.ImportJobView;
import vn.haicap.workforce.imports.TemplateFiles;
import vn.haicap.workforce.imports.WorkforceImports;

/**
 * The HR pages: imports with a progress bar (htmx polling), departure statistics, headcount and positions,
 * staffing gaps with redeployment suggestions, and their exports.
 */
@Controller
@RequestMapping("/workforce")
class WorkforcePages {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int HTMX_STOP_POLLING = 286;

    interface Content {
        void write(OutputStream out) throws IOException;
    }

    private final WorkforceImports imports;
    private final TemplateFiles files;
    private final WorkforceStatistics statistics;
    private final WorkforceRedeployment redeployment;
    private final MessageSource messages;

    WorkforcePages(
            WorkforceImports imports,
            TemplateFiles files,
            WorkforceStatistics statistics,
            WorkforceRedeployment redeployment,
            MessageSource messages) {
        this.imports = imports;
        this.files = files;
        this.statistics = statistics;
        this.redeployment = redeployment;
        this.messages = messages;
    }

    @GetMapping("/imports")
    String importPage() {
        return "workforce/imports";
    }

    @PostMapping("/imports")
    String upload(
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            Locale locale)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("importError", messages.getMessage("workforce.import.no-file", null, locale));
            return htmx != null ? "workforce/imports :: job" : "workforce/imports";
        }
        ImportJobView job;
        try (InputStream content = file.getInputStream()) {
            job = imports.submit(CurrentUser.get(), fileName(file.getOriginalFilename()), content);
        } catch (HaicapException e) {
            model.addAttribute("importError", messages.getMessage(e.code(), e.arguments(), e.code(), locale));
            return htmx != null ? "workforce/imports :: job" : "workforce/imports";
        }
        if (htmx == null) {
            return "redirect:/workforce/imports/" + job.id();
        }
        model.addAttribute("job", ImportRestController.view(job, messages, locale));
        return "workforce/imports :: job";
    }

    @GetMapping("/imports/{id}")
    String job(
            @PathVariable UUID id,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            jakarta.servlet.http.HttpServletResponse response,
            Model model,
            Locale locale) {
        try {
            model.addAttribute("job", ImportRestController.view(imports.find(id, CurrentUser.get()), messages, locale));
        } catch (HaicapException e) {
            if (htmx == null) {
                throw e;
            }
            response.setStatus(HTMX_STOP_POLLING);
            model.addAttribute("importError", messages.getMessage(e.code(), e.arguments(), e.code(), locale));
        }
        return htmx != null ? "workforce/imports :: job" : "workforce/imports";
    }

    @GetMapping("/imports/template.{format}")
    ResponseEntity<StreamingResponseBody> template(@PathVariable String format) {
        TableFormat f = ImportRestController.format(format);
        return download(f, "workforce-template" + f.extension(), out -> files.template(f, out));
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam String unit, @RequestParam(defaultValue = "csv") String format) {
        TableFormat f = ImportRestController.format(format);
        CurrentUser user = CurrentUser.get();
        byte[] content = render(out -> files.export(user, unit, f, out));
        return download(f, "workforce-" + unit + f.extension(), out -> out.write(content));
    }

    @GetMapping("/statistics")
    String statistics(
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            Model model,
            Locale locale) {
        CurrentUser user = CurrentUser.get();
        String code = unit != null && !unit.isBlank() ? unit.strip() : defaultUnit(user);
        model.addAttribute("unit", code);
        model.addAttribute("from", from == null ? "2025-01-01" : from);
        model.addAttribute("to", to == null ? Dates.today().toString() : to);
        if (code != null) {
            try {
                LocalDate start = Dates.parse("from", from, LocalDate.of(2025, 1, 1));
                LocalDate end = Dates.parse("to", to, Dates.today());
                model.addAttribute("from", start);
                model.addAttribute("to", end);
                model.addAttribute("stats", statistics.departures(user, code, start, end));
            } catch (HaicapException e) {
                model.addAttribute("error", messages.getMessage(e.code(), e.arguments(), e.code(), locale));
            }
        }
        return "workforce/statistics";
    }

    @GetMapping("/statistics/departures.{format}")
    ResponseEntity<StreamingResponseBody> exportDepartures(
            @PathVariable String format,
            @RequestParam String unit,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            Locale locale) {
        TableFormat f = ImportRestController.format(format);
        var stats = statistics.departures(
                CurrentUser.get(),
                unit,
                Dates.parse("from", from, LocalDate.of(2025, 1, 1)),
                Dates.parse("to", to, Dates.today()));
        byte[] content = render(out -> StatisticsFiles.departures(stats, f, out, messages, locale));
        return download(f, "departures-" + stats.unit() + f.extension(), out -> out.write(content));
    }

    @GetMapping("/staffing")
    String staffing(
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String date,
            Model model,
            Locale locale) {
        return onDay(unit, date, model, locale, "staffing", statistics::staffing);
    }

    @GetMapping("/gaps")
    String gaps(
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String date,
            Model model,
            Locale locale) {
        return onDay(unit, date, model, locale, "gaps", statistics::gaps);
    }

    /** A statistics page of a unit on a day (default: the user's unit, today), its figures as {@code name}. */
    private String onDay(
            @Nullable String unit,
            @Nullable String date,
            Model model,
            Locale locale,
            String name,
            StatisticsOnDay figures) {
        CurrentUser user = CurrentUser.get();
        String code = unit != null && !unit.isBlank() ? unit.strip() : defaultUnit(user);
        model.addAttribute("unit", code);
        model.addAttribute("date", date == null ? Dates.today().toString() : date);
        if (code != null) {
            try {
                LocalDate day = Dates.parse("date", date, Dates.today());
                model.addAttribute("date", day);
                model.addAttribute(name, figures.of(user, code, day));
            } catch (HaicapException e) {
                model.addAttribute("error", messages.getMessage(e.code(), e.arguments(), e.code(), locale));
            }
        }
        return "workforce/" + name;
    }

    private interface StatisticsOnDay {
        Object of(CurrentUser user, String unit, LocalDate day);
    }

    @GetMapping("/gaps.{format}")
    ResponseEntity<StreamingResponseBody> exportGaps(
            @PathVariable String format,
            @RequestParam String unit,
            @RequestParam(required = false) @Nullable String date,
            Locale locale) {
        TableFormat f = ImportRestController.format(format);
        var gaps = statistics.gaps(CurrentUser.get(), unit, Dates.parse("date", date, Dates.today()));
        byte[] content = render(out -> StatisticsFiles.gaps(gaps, f, out, messages, locale));
        return download(f, "gaps-" + gaps.unit() + f.extension(), out -> out.write(content));
    }

    @GetMapping("/gaps/{commune}/suggestions")
    String suggestions(
            @PathVariable String commune,
            @RequestParam(required = false) @Nullable String specialism,
            @RequestParam(required = false) @Nullable String date,
            Model model,
            Locale locale) {
        model.addAttribute("commune", commune);
        model.addAttribute("specialism", specialism);
        if (specialism != null && !specialism.isBlank()) {
            try {
                model.addAttribute(
                        "suggestions",
                        redeployment.suggest(
                                CurrentUser.get(), commune, specialism, Dates.parse("date", date, Dates.today())));
            } catch (HaicapException e) {
                model.addAttribute("error", messages.getMessage(e.code(), e.arguments(), e.code(), locale));
            }
        }
        return "workforce/suggestions";
    }

    private static @Nullable String defaultUnit(CurrentUser user) {
        return user.jurisdictionCode();
    }

    static byte[] render(Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            content.write(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static ResponseEntity<StreamingResponseBody> download(TableFormat format, String name, Content content) {
        return ResponseEntity.status(HttpStatus.OK)
                .contentType(MediaType.parseMediaType(
                        format.mediaType() + (format == TableFormat.CSV ? ";charset=UTF-8" : "")))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content::write);
    }

    static String fileName(@Nullable String original) {
        String name = original == null ? "upload" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.length() > 120 ? name.substring(name.length() - 120) : name;
    }
}
