package vn.haicap.procedure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.haicap.procedure.CompetentLevel;
import vn.haicap.procedure.ImportReport;
import vn.haicap.procedure.ProcedureCatalogue;
import vn.haicap.procedure.ProcedureView;
import vn.haicap.procedure.WorkflowDefinition;
import vn.haicap.procedure.WorkflowRejected;
import vn.haicap.procedure.WorkflowStepDraft;
import vn.haicap.shared.PageRequest;
import vn.haicap.shared.PageResult;

@Tag(
        name = "Procedures",
        description = "The catalogue of administrative procedures (national codes, time limits and fees per channel,"
                + " papers, legal basis) and each procedure's versioned workflow. Reading is public.")
@RestController
@RequestMapping("/api/v1/procedures")
class ProcedureRestController {

    private final ProcedureCatalogue catalogue;
    private final ProblemMessages messages;

    ProcedureRestController(ProcedureCatalogue catalogue, ProblemMessages messages) {
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @Operation(
            summary = "Search the procedures in force",
            description = "Every word of q must appear in the code, name or field; case and diacritics are ignored."
                    + " Errors: procedure.level-invalid, common.page-invalid, common.size-invalid.")
    @GetMapping
    PageResult<ProcedureJson.Summary> search(
            @Parameter(description = "words of the code, name or field, e.g. \"khai sinh\"")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @Parameter(description = "province or commune") @RequestParam(required = false) @Nullable String level,
            @Parameter(description = "the field (lĩnh vực), e.g. \"Hộ tịch\"") @RequestParam(required = false) @Nullable
                    String field,
            @Parameter(description = "page number from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "page size, 1 to 500") @RequestParam(defaultValue = "20") int size) {
        CompetentLevel competent = level == null || level.isBlank() ? null : CompetentLevel.parse(level);
        return catalogue
                .search(q, competent, field, new PageRequest(page, size))
                .map(ProcedureJson.Summary::of);
    }

    @Operation(
            summary = "One procedure: the version in force today, or on a date",
            description = "With papers, results, legal basis, conditions, steps and the current workflow version."
                    + " Errors: procedure.code-invalid, procedure.not-found.")
    @GetMapping("/{code}")
    ProcedureJson.Detail procedure(
            @Parameter(description = "national code, e.g. 1.001193") @PathVariable String code,
            @Parameter(description = "as of this day (default today)")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate date,
            @Parameter(description = "a recorded version instead of a date") @RequestParam(required = false) @Nullable
                    Integer version) {
        ProcedureView procedure = version != null
                ? catalogue.version(code, version)
                : catalogue.get(code, date == null ? catalogue.today() : date);
        Integer workflowVersion = catalogue.workflowHistory(code).stream()
                .findFirst()
                .map(WorkflowDefinition::version)
                .orElse(null);
        return ProcedureJson.Detail.of(procedure, workflowVersion);
    }

    @Operation(summary = "Every recorded version of a procedure, newest first")
    @GetMapping("/{code}/versions")
    List<ProcedureJson.Summary> versions(@PathVariable String code) {
        return catalogue.history(code).stream().map(ProcedureJson.Summary::of).toList();
    }

    @Operation(
            summary = "A procedure's workflow: the current version, or version N",
            description = "Errors: procedure.code-invalid, procedure.workflow-not-found.")
    @GetMapping("/{code}/workflow")
    WorkflowJson.Definition workflow(
            @PathVariable String code, @RequestParam(required = false) @Nullable Integer version) {
        return WorkflowJson.Definition.of(
                version == null ? catalogue.currentWorkflow(code) : catalogue.workflow(code, version));
    }

    @Operation(
            summary = "Save a new workflow version (province or ministry administrators)",
            description =
                    "Never overwrites: answers 201 with the new version. A definition that breaks a rule is refused"
                            + " with 400, the first rule's code, and every violation with its step.",
            security = @SecurityRequirement(name = "basic"))
    @PutMapping(path = "/{code}/workflow", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'MINISTRY_ADMIN')")
    ResponseEntity<WorkflowJson.Definition> saveWorkflow(
            @PathVariable String code, @RequestBody WorkflowJson.Change change, Authentication who) {
        List<WorkflowStepDraft> steps = change.steps() == null
                ? List.of()
                : change.steps().stream()
                        .map(step ->
                                step == null ? new WorkflowStepDraft(null, null, null, null, null, null) : step.draft())
                        .toList();
        WorkflowDefinition saved = catalogue.saveWorkflow(code, steps, change.note(), who.getName());
        return ResponseEntity.created(URI.create("/api/v1/procedures/" + code + "/workflow?version=" + saved.version()))
                .body(WorkflowJson.Definition.of(saved));
    }

    @Operation(
            summary = "A procedure's deadline setting: its counting policy (A or B) and cut-off override",
            description = "Policy A (working-time arithmetic) is the default; B is the Civil Code's day count for"
                    + " limits in working days. Errors: procedure.code-invalid, procedure.not-found.")
    @GetMapping("/{code}/deadline-setting")
    DeadlineSettingJson.View deadlineSetting(@PathVariable String code) {
        return DeadlineSettingJson.View.of(
                catalogue.deadlineSetting(code),
                catalogue.get(code).referenceLimit().orElse(null));
    }

    @Operation(
            summary = "Change a procedure's deadline setting (province or ministry administrators)",
            description =
                    "Body {\"policy\": \"A\"|\"B\", \"cutOff\": \"HH:mm\" or null}; audited. Errors:"
                            + " procedure.deadline-policy-invalid, procedure.deadline-cut-off-invalid (400), procedure.not-found.",
            security = @SecurityRequirement(name = "basic"))
    @PutMapping(path = "/{code}/deadline-setting", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'MINISTRY_ADMIN')")
    DeadlineSettingJson.View saveDeadlineSetting(
            @PathVariable String code, @RequestBody DeadlineSettingJson.Change change, Authentication who) {
        var saved = catalogue.saveDeadlineSetting(
                code,
                DeadlineSettingJson.policy(change.policy()),
                DeadlineSettingJson.cutOff(change.cutOff()),
                who.getName());
        return DeadlineSettingJson.View.of(
                saved, catalogue.get(code).referenceLimit().orElse(null));
    }

    @Operation(
            summary = "Import the national portal's JSON export (province or ministry administrators)",
            description = "An array of procedures (or an object with it under data/items). Changed procedures get a new"
                    + " version from validFrom (default today); bad items are reported with their index and skipped.",
            security = @SecurityRequirement(name = "basic"))
    @PostMapping(path = "/imports", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'MINISTRY_ADMIN')")
    ImportJson.Report importExport(
            @RequestBody byte[] body,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate validFrom,
            Authentication who) {
        ImportReport report = catalogue.importExport(new ByteArrayInputStream(body), validFrom, who.getName());
        return ImportJson.Report.of(report, messages);
    }

    @ExceptionHandler(WorkflowRejected.class)
    ResponseEntity<ProblemDetail> rejected(WorkflowRejected e) {
        var violations = e.violations().stream()
                .map(v -> new ViolationJson(v.code(), v.step(), messages.text(v.code(), v.arguments())))
                .toList();
        ProblemDetail problem = messages.problem(HttpStatus.BAD_REQUEST, e.code(), List.of(e.arguments()), violations);
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    record ViolationJson(String code, int step, String detail) {}
}
