package vn.haicap.address.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Principal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
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
import vn.haicap.address.AddressConverter;
import vn.haicap.address.batch.AddressBatchJobs;
import vn.haicap.address.batch.BatchJobView;
import vn.haicap.shared.HaicapException;

/**
 * The conversion page: one address at a time (htmx swaps in the result) or a whole file, converted in
 * the background while the page polls its progress. Works without JavaScript too (full pages).
 */
@Controller
@RequestMapping("/addresses/convert")
class AddressConversionController {

    private static final String PAGE = "address/convert";
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final AddressConverter converter;
    private final AddressBatchJobs jobs;
    private final MessageSource messages;

    AddressConversionController(AddressConverter converter, AddressBatchJobs jobs, MessageSource messages) {
        this.converter = converter;
        this.jobs = jobs;
        this.messages = messages;
    }

    @GetMapping
    String page() {
        return PAGE;
    }

    @PostMapping
    String convert(
            @RequestParam(required = false) @Nullable String address,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            Locale locale) {
        model.addAttribute("address", address);
        try {
            String text = AddressInput.require(address);
            model.addAttribute("conversion", ConversionResponse.of(converter.convert(text)));
        } catch (HaicapException e) {
            model.addAttribute("error", message(e, locale));
        }
        return htmx != null ? PAGE + " :: result" : PAGE;
    }

    @PostMapping("/batch")
    String upload(
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            HttpServletRequest request,
            @Nullable Principal principal,
            Model model,
            Locale locale)
            throws IOException {
        if (file == null || file.isEmpty() || file.getOriginalFilename() == null) {
            model.addAttribute("batchError", messages.getMessage("address.batch.no-file", null, locale));
            return htmx != null ? PAGE + " :: job" : PAGE;
        }
        BatchJobView job;
        try (InputStream content = file.getInputStream()) {
            job = jobs.submit(owner(request, principal), fileName(file.getOriginalFilename()), content);
        } catch (HaicapException e) {
            model.addAttribute("batchError", message(e, locale));
            return htmx != null ? PAGE + " :: job" : PAGE;
        }
        if (htmx == null) {
            return "redirect:/addresses/convert/batch/" + job.id();
        }
        show(job, model);
        return PAGE + " :: job";
    }

    @GetMapping("/batch/{id}")
    String job(
            @PathVariable UUID id,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            HttpServletRequest request,
            HttpServletResponse response,
            @Nullable Principal principal,
            Model model) {
        try {
            show(jobs.find(id, owner(request, principal)), model);
        } catch (HaicapException e) {
            if (htmx == null || e.status() != HttpStatus.NOT_FOUND) {
                throw e;
            }
            // the job expired while the page was polling it: 286 tells htmx to stop polling and show why
            response.setStatus(HTMX_STOP_POLLING);
            model.addAttribute("code", e.code());
            model.addAttribute("arguments", e.arguments());
            return "error/page :: message";
        }
        return htmx != null ? PAGE + " :: job" : PAGE;
    }

    private static final int HTMX_STOP_POLLING = 286;

    @GetMapping("/batch/{id}/download")
    ResponseEntity<Resource> download(
            @PathVariable UUID id, HttpServletRequest request, @Nullable Principal principal) {
        String owner = owner(request, principal);
        BatchJobView job = jobs.find(id, owner);
        Path result = jobs.result(id, owner);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(job.outputFormat().mediaType()
                        + (job.outputFormat().mediaType().startsWith("text/") ? ";charset=UTF-8" : "")))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(job.downloadName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new FileSystemResource(result));
    }

    private void show(BatchJobView job, Model model) {
        model.addAttribute("job", job);
        if (job.expires() != null) {
            model.addAttribute("expires", EXPIRY.format(job.expires().atOffset(ZoneOffset.UTC)));
        }
    }

    /** Who may see a job: the signed-in user, or else this browser session. */
    private static String owner(HttpServletRequest request, @Nullable Principal principal) {
        if (principal != null) {
            return "user:" + principal.getName();
        }
        return "session:" + request.getSession(true).getId();
    }

    /** The base name only: browsers may send a path, and it is shown back on the page. */
    private static String fileName(String original) {
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.length() > 120 ? name.substring(name.length() - 120) : name;
    }

    private String message(HaicapException e, Locale locale) {
        return messages.getMessage(e.code(), e.arguments(), e.code(), locale);
    }
}
