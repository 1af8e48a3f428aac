package vn.haicap.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.haicap.account.CurrentUser;
import vn.haicap.dossier.DossierDetails;
import vn.haicap.dossier.DossierManagement;
import vn.haicap.dossier.DossierSummary;
import vn.haicap.dossier.PublicTracking;
import vn.haicap.dossier.Submission;
import vn.haicap.dossier.SubmitCommand;
import vn.haicap.dossier.slip.SlipRenderer;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.PageRequest;
import vn.haicap.shared.PageResult;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Dossiers", description = "Submission, life-cycle, queues, tracking and slips of dossiers")
class DossierRestController {

    /**
     * A submission. Documents travel inside the JSON as base64 ({@code content}), at most 10 MB each.
     */
    record SubmitRequest(
            @Nullable String procedureCode,
            @Nullable String channel,
            @Nullable String receivingCommune,
            @Nullable String residenceCommune,
            @Nullable Applicant applicant,
            @Nullable List<DocumentUpload> documents,
            @Nullable List<Long> reuseDocuments) {}

    record Applicant(
            @Nullable String username,
            @Nullable String name,
            @Nullable String idNumber,
            @Nullable String address,
            @Nullable String email,
            @Nullable String phone) {}

    record DocumentUpload(
            @Nullable String name,
            @Nullable String mediaType,
            @Nullable String content) {}

    /**
     * @param extraWorkingDays for {@code extend} only: the working days added to the appointment
     */
    record TransitionRequest(
            @Nullable String action,
            @Nullable String reason,
            @Nullable Integer version,
            @Nullable Double extraWorkingDays) {}

    record RatingRequest(@Nullable String score, @Nullable String comment) {}

    record AssignmentRequest(
            @Nullable List<String> codes, @Nullable String assignee) {}

    record AssignmentResult(int assigned) {}

    private final DossierManagement dossiers;
    private final SlipRenderer slips;

    DossierRestController(DossierManagement dossiers, SlipRenderer slips) {
        this.dossiers = dossiers;
        this.slips = slips;
    }

    @PostMapping("/dossiers")
    @Operation(
            summary = "Submit a dossier",
            description = "Citizens and businesses submit online (status submitted, the clock starts at receipt);"
                    + " a counter officer registers a counter or postal dossier, received at once. The same"
                    + " Idempotency-Key by the same user answers the first result again and never creates a"
                    + " second dossier.",
            security = @SecurityRequirement(name = "basic"))
    ResponseEntity<Submission> submit(
            @RequestBody SubmitRequest request,
            @Parameter(description = "a unique key per submission, reused when retrying")
                    @RequestHeader(value = "Idempotency-Key", required = false)
                    @Nullable
                    String idempotencyKey) {
        Applicant applicant =
                request.applicant() == null ? new Applicant(null, null, null, null, null, null) : request.applicant();
        List<SubmitCommand.Upload> uploads = request.documents() == null
                ? List.of()
                : request.documents().stream()
                        .map(DossierRestController::upload)
                        .toList();
        SubmitCommand command = new SubmitCommand(
                required(request.procedureCode(), "procedureCode"),
                required(request.channel(), "channel"),
                required(request.receivingCommune(), "receivingCommune"),
                request.residenceCommune(),
                applicant.username(),
                required(applicant.name(), "applicant.name"),
                applicant.idNumber(),
                applicant.address(),
                applicant.email(),
                applicant.phone(),
                uploads,
                request.reuseDocuments() == null ? List.of() : request.reuseDocuments());
        Submission submission = dossiers.submit(command, CurrentUser.get(), idempotencyKey);
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + submission.code()))
                .body(submission);
    }

    @GetMapping("/dossiers/{code}")
    @Operation(
            summary = "A dossier with its timeline and documents",
            description = "For the applicant or an officer"
                    + " whose jurisdiction covers the receiving unit; 404 for anyone else.")
    DossierDetails get(@PathVariable String code) {
        return dossiers.get(code, CurrentUser.get());
    }

    @PostMapping("/dossiers/{code}/transitions")
    @Operation(
            summary = "Perform a transition",
            description = "Actions: receive, request_supplement, supplement,"
                    + " refuse, start_processing, transfer, transfer_back, complete, approve, reject, issue_result, return,"
                    + " withdraw, cancel, extend. 409 dossier.version-stale when version is not the stored one,"
                    + " 409 dossier.transition-not-allowed in the wrong state, 403 dossier.action-forbidden for the wrong"
                    + " role, 400 dossier.reason-required where the regulation requires reasons.")
    DossierDetails transition(@PathVariable String code, @RequestBody TransitionRequest request) {
        return dossiers.transition(
                code,
                required(request.action(), "action"),
                request.reason(),
                request.version(),
                request.extraWorkingDays(),
                CurrentUser.get());
    }

    @PostMapping("/dossiers/{code}/rating")
    @Operation(
            summary = "Rate a returned dossier",
            description = "The applicant, once, after the result was returned:"
                    + " score = very_satisfied, satisfied or not_satisfied.")
    DossierDetails rate(@PathVariable String code, @RequestBody RatingRequest request) {
        return dossiers.rate(code, required(request.score(), "score"), request.comment(), CurrentUser.get());
    }

    @PostMapping("/dossiers/assignments")
    @Operation(
            summary = "Assign dossiers to an officer",
            description =
                    "Leaders and counter officers; all or none."
                            + " An empty assignee removes the assignment. \"mine\" queues show unassigned dossiers and one's own.")
    AssignmentResult assign(@RequestBody AssignmentRequest request) {
        return new AssignmentResult(dossiers.assign(
                request.codes() == null ? List.of() : request.codes(), request.assignee(), CurrentUser.get()));
    }

    @GetMapping("/dossiers")
    @Operation(
            summary = "An officer's queue",
            description =
                    "queue = all, mine (where I have the next move),"
                            + " due_soon (less than one working day left), overdue, supplement; inside the caller's jurisdiction.")
    PageResult<DossierSummary> queue(
            @RequestParam(required = false) @Nullable String queue,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return dossiers.queue(DossierManagement.Queue.parse(queue), q, new PageRequest(page, size), CurrentUser.get());
    }

    @GetMapping("/my/dossiers")
    @Operation(summary = "The caller's own dossiers, newest first")
    PageResult<DossierSummary> mine(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return dossiers.mine(CurrentUser.get(), new PageRequest(page, size));
    }

    @GetMapping("/dossiers/{code}/documents/{id}")
    @Operation(summary = "Download a document of a dossier")
    ResponseEntity<byte[]> document(@PathVariable String code, @PathVariable long id) {
        DossierManagement.DocumentContent document = dossiers.document(code, id, CurrentUser.get());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(document.name(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(document.content());
    }

    @GetMapping(value = "/dossiers/{code}/slips/{slip}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "A slip as PDF",
            description = "receipt (Form 01, with a QR code to the public tracking"
                    + " page), apology (Form 04, once extended), control (Form 06, the process-control slip).")
    ResponseEntity<byte[]> slip(@PathVariable String code, @PathVariable String slip) {
        DossierManagement.SlipData data = dossiers.slipData(code, CurrentUser.get());
        byte[] pdf = switch (slip) {
            case "receipt" -> slips.receipt(data, trackingUrl(code));
            case "apology" -> slips.apology(data);
            case "control" -> slips.control(data);
            case "supplement" -> slips.supplement(data);
            case "refusal" -> slips.refusal(data);
            default -> throw HaicapException.notFound("dossier.slip-unknown", slip);
        };
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + code + "-" + slip + ".pdf\"")
                .body(pdf);
    }

    @GetMapping("/tracking/{code}")
    @Operation(
            summary = "Public tracking",
            description = "Status and dates for anyone with the code; the applicant's"
                    + " name and the reasons only with the applicant's check code ({@code check}).")
    PublicTracking tracking(@PathVariable String code, @RequestParam(required = false) @Nullable String check) {
        return dossiers.track(code, check);
    }

    @GetMapping("/public/dossiers/{code}")
    @Operation(summary = "Public tracking (older path)", description = "Same as /tracking/{code}.")
    PublicTracking track(@PathVariable String code, @RequestParam(required = false) @Nullable String checkCode) {
        return dossiers.track(code, checkCode);
    }

    static String trackingUrl(String code) {
        return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/track")
                .queryParam("code", code)
                .build()
                .toUriString();
    }

    private static SubmitCommand.Upload upload(DocumentUpload document) {
        String name = required(document.name(), "documents.name");
        byte[] content;
        try {
            content = Base64.getMimeDecoder().decode(required(document.content(), "documents.content"));
        } catch (IllegalArgumentException e) {
            throw HaicapException.invalid("dossier.document-not-base64", name);
        }
        return new SubmitCommand.Upload(name, required(document.mediaType(), "documents.mediaType"), content);
    }

    private static String required(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw HaicapException.invalid("dossier.field-required", field);
        }
        return value;
    }
}
