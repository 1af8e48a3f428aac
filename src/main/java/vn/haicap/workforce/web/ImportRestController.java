package vn.haicap.workforce.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.haicap.account.CurrentUser;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.TableFormat;
import vn.haicap.workforce.imports.ImportJobView;
import vn.haicap.workforce.imports.TemplateFiles;
import vn.haicap.workforce.imports.WorkforceImports;

@RestController
@RequestMapping("/api/v1/workforce")
@Tag(name = "Workforce", description = "Agencies, job positions, people, assignments, reorganisation outcomes")
class ImportRestController {

    record RejectionView(long line, String code, String reason) {}

    record ImportView(
            UUID id,
            String fileName,
            String status,
            long processed,
            long accepted,
            long rejectedCount,
            @Nullable Integer percent,
            List<RejectionView> rejected,
            @Nullable String failure) {}

    private final WorkforceImports imports;
    private final TemplateFiles files;
    private final MessageSource messages;

    ImportRestController(WorkforceImports imports, TemplateFiles files, MessageSource messages) {
        this.imports = imports;
        this.files = files;
        this.messages = messages;
    }

    @PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a CSV or XLSX in the template (HR officer); answers 202 with the job id")
    ResponseEntity<Map<String, Object>> submit(@RequestParam("file") MultipartFile file) throws IOException {
        String name = WorkforcePages.fileName(file.getOriginalFilename());
        ImportJobView job;
        try (InputStream content = file.getInputStream()) {
            job = imports.submit(CurrentUser.get(), name, content);
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .header("Location", "/api/v1/workforce/imports/" + job.id())
                .body(Map.of("id", job.id(), "status", job.status().key()));
    }

    @GetMapping("/imports/{id}")
    @Operation(summary = "An import's progress and the rows it rejected, with their line numbers")
    ImportView job(@PathVariable UUID id, Locale locale) {
        return view(imports.find(id, CurrentUser.get()), messages, locale);
    }

    @GetMapping("/imports/template")
    @Operation(summary = "The empty import template, CSV or XLSX")
    ResponseEntity<StreamingResponseBody> template(@RequestParam(defaultValue = "csv") String format) {
        TableFormat f = format(format);
        return WorkforcePages.download(f, "workforce-template" + f.extension(), out -> files.template(f, out));
    }

    @GetMapping("/export")
    @Operation(summary = "The people of a province or commune in the import template (HR officer; audited)")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam String unit, @RequestParam(defaultValue = "csv") String format) {
        TableFormat f = format(format);
        CurrentUser user = CurrentUser.get();
        byte[] content = WorkforcePages.render(out -> files.export(user, unit, f, out));
        return WorkforcePages.download(f, "workforce-" + unit + f.extension(), out -> out.write(content));
    }

    static TableFormat format(String key) {
        return TableFormat.ofKey(key).orElseThrow(() -> HaicapException.invalid("workforce.import-format", key));
    }

    static ImportView view(ImportJobView job, MessageSource messages, Locale locale) {
        return new ImportView(
                job.id(),
                job.fileName(),
                job.status().key(),
                job.processed(),
                job.accepted(),
                job.rejectedCount(),
                job.percent(),
                job.rejected().stream()
                        .map(r -> new RejectionView(
                                r.line(),
                                r.code(),
                                messages.getMessage(r.code(), r.arguments().toArray(), r.code(), locale)))
                        .toList(),
                job.failureCode() == null
                        ? null
                        : messages.getMessage(job.failureCode(), null, job.failureCode(), locale));
    }
}
