package vn.haicap.procedure.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.haicap.procedure.AgencyLevel;
import vn.haicap.procedure.ProcedureCatalogue;
import vn.haicap.procedure.ProcedureView;
import vn.haicap.procedure.StepKind;
import vn.haicap.procedure.TimeLimit;
import vn.haicap.procedure.WorkflowDefinition;
import vn.haicap.procedure.WorkflowRejected;
import vn.haicap.procedure.WorkflowViolation;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.Role;

/** Administrators' pages: edit a procedure's workflow (each save a new version) and import the portal's export. */
@Controller
@PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'MINISTRY_ADMIN')")
class ProcedureAdminController {

    private static final List<Role> STAFF = List.of(
            Role.COUNTER_OFFICER,
            Role.SPECIALIST,
            Role.LEADER,
            Role.HR_OFFICER,
            Role.UNIT_ADMIN,
            Role.PROVINCE_ADMIN,
            Role.MINISTRY_ADMIN);

    private final ProcedureCatalogue catalogue;
    private final ProblemMessages messages;

    ProcedureAdminController(ProcedureCatalogue catalogue, ProblemMessages messages) {
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping("/admin/procedures/{code}/workflow")
    String workflow(@PathVariable String code, @RequestParam(required = false) @Nullable Integer version, Model model) {
        WorkflowDefinition shown =
                version == null ? catalogue.currentWorkflow(code) : catalogue.workflow(code, version);
        return page(code, shown.version(), WorkflowForm.of(shown.steps()), List.of(), model);
    }

    @PostMapping("/admin/procedures/{code}/workflow")
    String save(
            @PathVariable String code,
            @ModelAttribute WorkflowForm form,
            @RequestParam(defaultValue = "save") String action,
            Authentication who,
            Model model,
            RedirectAttributes redirect) {
        if (form.apply(action)) {
            return page(code, null, form, List.of(), model);
        }
        try {
            WorkflowDefinition saved = catalogue.saveWorkflow(code, form.drafts(), form.getNote(), who.getName());
            redirect.addFlashAttribute("savedVersion", saved.version());
            return "redirect:/admin/procedures/" + code + "/workflow";
        } catch (WorkflowRejected e) {
            return page(code, null, form, e.violations(), model);
        }
    }

    @PostMapping("/admin/procedures/{code}/deadline-setting")
    String saveDeadlineSetting(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String policy,
            @RequestParam(required = false) @Nullable String cutOff,
            Authentication who,
            RedirectAttributes redirect) {
        try {
            catalogue.saveDeadlineSetting(
                    code, DeadlineSettingJson.policy(policy), DeadlineSettingJson.cutOff(cutOff), who.getName());
            redirect.addFlashAttribute("deadlineSaved", true);
        } catch (HaicapException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            redirect.addFlashAttribute("deadlineError", messages.text(e.code(), List.of(e.arguments())));
        }
        return "redirect:/admin/procedures/" + code + "/workflow";
    }

    @GetMapping("/admin/procedures/import")
    String importPage() {
        return "procedure/admin/import";
    }

    @PostMapping("/admin/procedures/import")
    String importFile(
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate validFrom,
            Authentication who,
            Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", messages.text("procedure.import.noFile", List.of()));
            return "procedure/admin/import";
        }
        try (InputStream json = file.getInputStream()) {
            model.addAttribute(
                    "report", ImportJson.Report.of(catalogue.importExport(json, validFrom, who.getName()), messages));
        } catch (HaicapException e) {
            model.addAttribute("error", messages.text(e.code(), List.of(e.arguments())));
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        return "procedure/admin/import";
    }

    private String page(
            String code,
            @Nullable Integer shownVersion,
            WorkflowForm form,
            List<WorkflowViolation> violations,
            Model model) {
        ProcedureView procedure = catalogue.get(code);
        List<WorkflowDefinition> versions = catalogue.workflowHistory(code);
        TimeLimit limit = procedure.referenceLimit().orElse(null);
        model.addAttribute("p", procedure);
        model.addAttribute("form", form);
        model.addAttribute("shownVersion", shownVersion);
        model.addAttribute(
                "currentVersion", versions.isEmpty() ? 0 : versions.get(0).version());
        model.addAttribute("versions", versions);
        model.addAttribute("limitHours", limit == null ? null : limit.inWorkingHours());
        model.addAttribute("kinds", List.of(StepKind.values()));
        model.addAttribute("agencies", List.of(AgencyLevel.values()));
        model.addAttribute("roles", STAFF);
        model.addAttribute(
                "violations",
                violations.stream()
                        .map(v -> messages.text(v.code(), v.arguments()))
                        .toList());
        model.addAttribute(
                "violationCodes",
                violations.stream().map(WorkflowViolation::code).toList());
        Map<Integer, List<String>> byStep = violations.stream()
                .filter(v -> v.step() > 0)
                .collect(Collectors.groupingBy(
                        v -> v.step() - 1,
                        Collectors.mapping(v -> messages.text(v.code(), v.arguments()), Collectors.toList())));
        model.addAttribute("rowErrors", byStep);
        model.addAttribute("deadlineSetting", DeadlineSettingJson.View.of(catalogue.deadlineSetting(code), limit));
        return "procedure/admin/workflow";
    }
}
