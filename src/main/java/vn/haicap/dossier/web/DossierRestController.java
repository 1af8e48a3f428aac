package vn.haicap.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import tools.jackson.databind.ObjectMapper;
import vn.haicap.account.CurrentUser;
import vn.haicap.dossier.DocumentIntake;
import vn.haicap.dossier.DossierDetails;
import vn.haicap.dossier.DossierManagement;
import vn.haicap.dossier.DossierSummary;
import vn.haicap.dossier.PublicTracking;
import vn.haicap.dossier.Submission;
import vn.haicap.dossier.SubmissionIntake;
import vn.haicap.dossier.SubmitCommand;
import vn.haicap.dossier.slip.SlipRenderer;
import vn.haicap.dossier.store.IntakeStore;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.PageRequest;
import vn.haicap.shared.PageResult;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Dossiers", description = "Submission, life-cycle, queues, tracking and slips of dossiers")
class DossierRestController {

    /**
     * A submission. Documents travel inside the JSON as base64 ({@code content}), at most 10 MB each, or
     * as file parts of a multipart request (then this is its {@code dossier} part).
     *
     * @param reuseDocuments earlier documents of the applicant: {@code {"id": 12, "paper": 2}} (a bare id
     *     re-uses a document without naming a paper)
     * @param presentedPapers counter officers: the paper numbers whose original the applicant showed
     * @param postmarkedOn postal dossiers: the postmark (or arrival) date, ISO {@code YYYY-MM-DD}
     */
    record SubmitRequest(
            @Nullable String procedureCode,
            @Nullable String channel,
            @Nullable String receivingCommune,
            @Nullable String residenceCommune,
            @Nullable Applicant applicant,
            @Nullable List<DocumentUpload> documents,
            @Nullable List<ReuseRequest> reuseDocuments,
            @Nullable List<Integer> presentedPapers,
            @Nullable String postmarkedOn) {}

    /**
     * A document to attach again without upload.
     *
     * @param id a wallet entry's UUID, or the number of a document of an earlier dossier
     * @param paper the number of the required paper it satisfies
     */
    record ReuseRequest(String id, @Nullable Integer paper) {

        @com.fasterxml.jackson.annotation.JsonCreator(
                mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.PROPERTIES)
        ReuseRequest {}

        @com.fasterxml.jackson.annotation.JsonCreator(
                mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
        static ReuseRequest of(String id) {
            return new ReuseRequest(id, null);
        }

        /** A bare number: a document of an earlier dossier, as before wallet ids. */
        @com.fasterxml.jackson.annotation.JsonCreator(
                mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
        static ReuseRequest of(long id) {
            return new ReuseRequest(Long.toString(id), null);
        }
    }

    record Applicant(
            @Nullable String username,
            @Nullable String name,
            @Nullable String idNumber,
            @Nullable String address,
            @Nullable String email,
            @Nullable String phone) {}

    /**
     * @param paper the number of the required paper this document satisfies: its 1-based position in
     *     {@code papers} of {@code GET /api/v1/procedures/{code}}
     * @param content base64; absent in the {@code dossier} part of a multipart request
     */
    record DocumentUpload(
            @Nullable String name,
            @Nullable String mediaType,
            @Nullable String content,
            @Nullable Integer paper) {}

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
    private final SubmissionIntake intake;
    private final ObjectMapper json;

    DossierRestController(DossierManagement dossiers, SlipRenderer slips, SubmissionIntake intake, ObjectMapper json) {
        this.dossiers = dossiers;
        this.slips = slips;
        this.intake = intake;
        this.json = json;
    }

    static final String SUBMIT_DESCRIPTION = "Citizens and businesses submit online (status submitted, the clock"
            + " starts at receipt); a counter officer registers a counter or postal dossier, received at once."
            + " Papers are numbered from 1 in the order of `papers` in GET /api/v1/procedures/{code}; every"
            + " paper whose `requirement` is `required` must be covered by an uploaded document (`\"paper\": n`)"
            + " or a re-used one (`reuseDocuments: [{\"id\": 12, \"paper\": n}]`, from GET /api/v1/my/documents);"
            + " otherwise 400 dossier.papers-missing lists them all in `missingPapers`. Send the documents either"
            + " as base64 in this JSON (`documents[].content`) or as multipart/form-data: a part `dossier` with"
            + " this JSON (without content) and one file part per document named `paper-<n>` (several may share"
            + " a name; `other` for a document that satisfies no paper). Accepted by content, not by name: PDF,"
            + " JPEG, PNG, Word and Excel (OOXML or old binary), ODT, ODS; at most 10 MB each (413"
            + " dossier.document-too-large) and 50 MB in all (413 dossier.submission-too-large). Postal dossiers"
            + " need `postmarkedOn`, not in the future nor before the procedure version. The same"
            + " Idempotency-Key by the same user answers the first result again and never creates a second"
            + " dossier; the same key with a different request is refused (409 dossier.idempotency-key-reused)."
            + " A refused submission writes nothing.";

    @PostMapping(value = "/dossiers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Submit a dossier (JSON, documents in base64)",
            description = SUBMIT_DESCRIPTION,
            security = @SecurityRequirement(name = "basic"))
    ResponseEntity<Submission> submit(
            @RequestBody SubmitRequest request,
            @Parameter(description = "a unique key per submission, reused when retrying")
                    @RequestHeader(value = "Idempotency-Key", required = false)
                    @Nullable
                    String idempotencyKey) {
        List<SubmitCommand.Upload> uploads = request.documents() == null
                ? List.of()
                : request.documents().stream()
                        .map(DossierRestController::upload)
                        .toList();
        return submitted(dossiers.submit(command(request, uploads), CurrentUser.get(), idempotencyKey));
    }

    @PostMapping(value = "/dossiers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Submit a dossier (multipart: part dossier + file parts paper-<n>)",
            description = SUBMIT_DESCRIPTION,
            security = @SecurityRequirement(name = "basic"))
    ResponseEntity<Submission> submitMultipart(
            MultipartHttpServletRequest multipart,
            @Parameter(description = "a unique key per submission, reused when retrying")
                    @RequestHeader(value = "Idempotency-Key", required = false)
                    @Nullable
                    String idempotencyKey) {
        SubmitRequest request = dossierPart(multipart);
        List<SubmitCommand.Upload> uploads = new java.util.ArrayList<>();
        if (request.documents() != null) {
            request.documents().stream()
                    .filter(d -> d.content() != null)
                    .map(DossierRestController::upload)
                    .forEach(uploads::add);
        }
        uploads.addAll(fileParts(multipart));
        return submitted(dossiers.submit(command(request, uploads), CurrentUser.get(), idempotencyKey));
    }

    @GetMapping("/my/documents")
    @Operation(
            summary = "My earlier documents to re-use (once-only)",
            description = "The documents first uploaded to the caller's dossiers, newest first, with the paper each"
                    + " satisfied. A counter officer registering a dossier on someone's behalf lists that applicant's"
                    + " with ?applicant=<username> (recorded in the audit log).")
    List<IntakeStore.EarlierDocument> myDocuments(@RequestParam(required = false) @Nullable String applicant) {
        return intake.earlierDocuments(CurrentUser.get(), applicant);
    }

    private static ResponseEntity<Submission> submitted(Submission submission) {
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + submission.code()))
                .body(submission);
    }

    static SubmitCommand command(SubmitRequest request, List<SubmitCommand.Upload> uploads) {
        Applicant applicant =
                request.applicant() == null ? new Applicant(null, null, null, null, null, null) : request.applicant();
        return new SubmitCommand(
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
                request.reuseDocuments() == null
                        ? List.of()
                        : request.reuseDocuments().stream()
                                .map(r -> new SubmitCommand.Reuse(r.id(), r.paper()))
                                .toList(),
                request.presentedPapers() == null
                        ? List.of()
                        : request.presentedPapers().stream()
                                .filter(java.util.Objects::nonNull)
                                .toList(),
                date(request.postmarkedOn(), "postmarkedOn"));
    }

    static @Nullable LocalDate date(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw HaicapException.invalid("dossier.date-invalid", field, value);
        }
    }

    /** The {@code dossier} part: a form field or a file part holding the JSON. */
    private SubmitRequest dossierPart(MultipartHttpServletRequest multipart) {
        String text = multipart.getParameter("dossier");
        try {
            if (text == null) {
                MultipartFile file = multipart.getFile("dossier");
                if (file == null) {
                    throw HaicapException.invalid("dossier.field-required", "dossier");
                }
                text = new String(file.getBytes(), StandardCharsets.UTF_8);
            }
            return json.readValue(text, SubmitRequest.class);
        } catch (java.io.IOException | tools.jackson.core.JacksonException e) {
            throw HaicapException.invalid("dossier.dossier-part-unreadable");
        }
    }

    /**
     * The file parts: {@code paper-<n>} for the paper numbered n, {@code other} for none; several parts
     * may share a name. Any other file part is refused, so that a misnamed one is not silently dropped.
     */
    static List<SubmitCommand.Upload> fileParts(MultipartHttpServletRequest multipart) {
        List<SubmitCommand.Upload> uploads = new java.util.ArrayList<>();
        long total = 0;
        for (java.util.Map.Entry<String, List<MultipartFile>> part :
                multipart.getMultiFileMap().entrySet()) {
            String name = part.getKey();
            if (name.equals("dossier")) {
                continue;
            }
            Integer paper = paperOfPart(name);
            for (MultipartFile file : part.getValue()) {
                if (file.isEmpty()
                        && (file.getOriginalFilename() == null
                                || file.getOriginalFilename().isBlank())) {
                    continue; // a file input left empty in a browser form
                }
                total += file.getSize();
                if (total > DocumentIntake.MAX_SUBMISSION_BYTES) {
                    throw new HaicapException(
                            org.springframework.http.HttpStatus.CONTENT_TOO_LARGE,
                            "dossier.submission-too-large",
                            DocumentIntake.MAX_SUBMISSION_BYTES / 1024 / 1024);
                }
                String filename = file.getOriginalFilename() == null ? "document" : file.getOriginalFilename();
                if (file.getSize() > DocumentIntake.MAX_DOCUMENT_BYTES) {
                    throw new HaicapException(
                            org.springframework.http.HttpStatus.CONTENT_TOO_LARGE,
                            "dossier.document-too-large",
                            DocumentIntake.cleanName(filename),
                            DocumentIntake.MAX_DOCUMENT_BYTES / 1024 / 1024);
                }
                try {
                    uploads.add(new SubmitCommand.Upload(filename, file.getContentType(), file.getBytes(), paper));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        return uploads;
    }

    private static @Nullable Integer paperOfPart(String name) {
        if (name.equals("other")) {
            return null;
        }
        if (name.matches("paper-\\d{1,3}")) {
            return Integer.valueOf(name.substring("paper-".length()));
        }
        throw HaicapException.invalid("dossier.part-unknown", name);
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
            description = "queue = all, mine (where I have the next move),"
                    + " due_soon (less than one working day left), overdue, supplement; inside the caller's jurisdiction."
                    + " Filters: status, channel (online, counter, post), procedure (its code), receivedFrom and"
                    + " receivedTo (dates, inclusive).")
    PageResult<DossierSummary> queue(
            @RequestParam(required = false) @Nullable String queue,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String channel,
            @RequestParam(required = false) @Nullable String procedure,
            @RequestParam(required = false) @Nullable String receivedFrom,
            @RequestParam(required = false) @Nullable String receivedTo,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return dossiers.queue(
                DossierManagement.Queue.parse(queue),
                q,
                vn.haicap.dossier.QueueFilter.parse(
                        status,
                        channel,
                        procedure,
                        DossierRestController.date(receivedFrom, "receivedFrom"),
                        DossierRestController.date(receivedTo, "receivedTo")),
                new PageRequest(page, size),
                CurrentUser.get());
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

    @GetMapping(value = "/dossiers/{code}/result.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "The issued result",
            description = "The result (or the notice of non-eligibility) as registered in the document store; its"
                    + " verification code is the dossier's resultCode (GET /api/v1/verify/{resultCode}).")
    ResponseEntity<byte[]> result(@PathVariable String code) {
        DossierManagement.DocumentContent result = dossiers.result(code, CurrentUser.get());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + result.name() + "\"")
                .body(result.content());
    }

    @GetMapping(value = "/dossiers/{code}/slips/{slip}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "A slip as PDF",
            description = "receipt (Form 01, with a QR code to the public tracking"
                    + " page), supplement (Form 02), refusal (Form 03), apology (Form 04, once extended), stop (Form 05,"
                    + " once withdrawn), control (Form 06, the process-control slip).")
    ResponseEntity<byte[]> slip(@PathVariable String code, @PathVariable String slip) {
        DossierManagement.SlipData data = dossiers.slipData(code, CurrentUser.get());
        byte[] pdf = switch (slip) {
            case "receipt" -> slips.receipt(data, trackingUrl(code));
            case "apology" -> slips.apology(data);
            case "control" -> slips.control(data);
            case "supplement" -> slips.supplement(data);
            case "refusal" -> slips.refusal(data);
            case "stop" -> slips.stopNotice(data);
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
        return new SubmitCommand.Upload(name, document.mediaType(), content, document.paper());
    }

    static String required(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw HaicapException.invalid("dossier.field-required", field);
        }
        return value;
    }
}
