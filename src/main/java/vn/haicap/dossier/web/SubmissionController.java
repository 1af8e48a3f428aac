package vn.haicap.dossier.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.haicap.account.CurrentUser;
import vn.haicap.adminunit.AdminUnitDataset;
import vn.haicap.dossier.DocumentIntake;
import vn.haicap.dossier.DossierManagement;
import vn.haicap.dossier.Submission;
import vn.haicap.dossier.SubmissionIntake;
import vn.haicap.dossier.SubmitCommand;
import vn.haicap.dossier.store.IntakeStore;
import vn.haicap.procedure.ChannelKind;
import vn.haicap.procedure.ProcedureCatalogue;
import vn.haicap.procedure.ProcedureView;
import vn.haicap.procedure.RequiredPaper;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.PageRequest;
import vn.haicap.shared.Role;

/**
 * The submission pages: {@code /dossiers/new} for citizens and businesses (online), {@code
 * /dossiers/register} for counter officers (a counter or postal dossier on someone's behalf, received at
 * once). One form, one file input per required paper, earlier documents to re-use, errors shown on the
 * form with the values kept.
 */
@Controller
class SubmissionController {

    /** A paper of the form: its number, what it asks, and the earlier documents that may stand for it. */
    record PaperRow(int number, RequiredPaper paper, String requirement, List<IntakeStore.EarlierDocument> earlier) {}

    private final DossierManagement dossiers;
    private final SubmissionIntake intake;
    private final ProcedureCatalogue procedures;
    private final AdminUnitDataset units;
    private final vn.haicap.adminunit.UnitsByCode unitsByCode;

    SubmissionController(
            DossierManagement dossiers,
            SubmissionIntake intake,
            ProcedureCatalogue procedures,
            AdminUnitDataset units,
            vn.haicap.adminunit.UnitsByCode unitsByCode) {
        this.dossiers = dossiers;
        this.intake = intake;
        this.procedures = procedures;
        this.units = units;
        this.unitsByCode = unitsByCode;
    }

    @GetMapping("/dossiers/new")
    String newDossier(
            @RequestParam(required = false) @Nullable String procedure,
            @RequestParam(required = false) @Nullable String province,
            Model model) {
        CurrentUser user = CurrentUser.get();
        requireApplicant(user);
        Map<String, String> values = new HashMap<>();
        intake.lastApplicant(user).ifPresent(last -> {
            values.put("applicantName", last.name());
            putIfPresent(values, "applicantIdNumber", last.idNumber());
            putIfPresent(values, "applicantAddress", last.address());
            putIfPresent(values, "applicantEmail", last.email());
            putIfPresent(values, "applicantPhone", last.phone());
        });
        return form(false, procedure, province, null, values, model);
    }

    @GetMapping("/dossiers/register")
    String register(
            @RequestParam(required = false) @Nullable String procedure,
            @RequestParam(required = false) @Nullable String applicant,
            Model model) {
        requireOfficer(CurrentUser.get());
        Map<String, String> values = new HashMap<>();
        putIfPresent(values, "applicantUsername", applicant);
        return form(true, procedure, null, applicant, values, model);
    }

    @PostMapping("/dossiers/new")
    String submitNew(
            MultipartHttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        requireApplicant(CurrentUser.get());
        return submit(false, request, response, redirect, model);
    }

    @PostMapping("/dossiers/register")
    String submitRegister(
            MultipartHttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        requireOfficer(CurrentUser.get());
        return submit(true, request, response, redirect, model);
    }

    /** After a submission: the code, the check code (shown once), the status and the appointment. */
    @GetMapping("/dossiers/{code}/submitted")
    String submitted(@PathVariable String code, Model model) {
        model.addAttribute("dossier", dossiers.get(code, CurrentUser.get()));
        return "dossier/submitted";
    }

    private String submit(
            boolean counter,
            MultipartHttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        Map<String, String> values = new HashMap<>();
        request.getParameterMap().forEach((name, v) -> {
            if (v.length > 0 && !name.equals("_csrf")) {
                values.put(name, v[0]);
            }
        });
        String procedureCode = values.getOrDefault("procedure", "");
        try {
            SubmitCommand command = command(counter, request, values);
            Submission submission = dossiers.submit(command, CurrentUser.get(), values.get("idempotencyKey"));
            redirect.addFlashAttribute("checkCode", submission.checkCode());
            return "redirect:/dossiers/" + submission.code() + "/submitted";
        } catch (HaicapException e) {
            if (e.code().equals("procedure.not-found") || e.code().equals("procedure.code-invalid")) {
                throw e;
            }
            response.setStatus(e.status().value());
            model.addAttribute("error", e);
            model.addAttribute("missingPapers", e.properties().getOrDefault("missingPapers", List.of()));
            return form(
                    counter,
                    procedureCode,
                    provinceOf(values.get("receivingCommune")),
                    values.get("applicantUsername"),
                    values,
                    model);
        }
    }

    private SubmitCommand command(boolean counter, MultipartHttpServletRequest request, Map<String, String> values) {
        List<SubmitCommand.Upload> uploads = DossierRestController.fileParts(request);
        List<SubmitCommand.Reuse> reuse = new ArrayList<>();
        List<Integer> presented = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (name.matches("reuse-\\d{1,3}")) {
                int paper = Integer.parseInt(name.substring("reuse-".length()));
                for (String id : parameter.getValue()) {
                    // a wallet entry (UUID) or, as before, a document of an earlier dossier (its number)
                    if (id.matches("\\d{1,18}|[0-9a-fA-F-]{36}")) {
                        reuse.add(new SubmitCommand.Reuse(id, paper));
                    }
                }
            }
        }
        String[] shown = request.getParameterValues("presented");
        if (shown != null) {
            for (String number : shown) {
                if (number.matches("\\d{1,3}")) {
                    presented.add(Integer.valueOf(number));
                }
            }
        }
        reuse.sort(Comparator.comparing(SubmitCommand.Reuse::id));
        return new SubmitCommand(
                DossierRestController.required(values.get("procedure"), "procedure"),
                counter ? values.getOrDefault("channel", "counter") : "online",
                DossierRestController.required(values.get("receivingCommune"), "receivingCommune"),
                blankToNull(values.get("residenceCommune")),
                counter ? blankToNull(values.get("applicantUsername")) : null,
                DossierRestController.required(values.get("applicantName"), "applicant.name"),
                blankToNull(values.get("applicantIdNumber")),
                blankToNull(values.get("applicantAddress")),
                blankToNull(values.get("applicantEmail")),
                blankToNull(values.get("applicantPhone")),
                uploads,
                reuse,
                presented,
                "post".equals(values.get("channel"))
                        ? DossierRestController.date(values.get("postmarkedOn"), "postmarkedOn")
                        : null);
    }

    private String form(
            boolean counter,
            @Nullable String procedureCode,
            @Nullable String province,
            @Nullable String applicant,
            Map<String, String> values,
            Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("counter", counter);
        model.addAttribute("action", counter ? "/dossiers/register" : "/dossiers/new");
        model.addAttribute("accept", DocumentIntake.ACCEPT);
        model.addAttribute("maxMegabytes", DocumentIntake.MAX_DOCUMENT_BYTES / 1024 / 1024);
        model.addAttribute("maxTotalMegabytes", DocumentIntake.MAX_SUBMISSION_BYTES / 1024 / 1024);
        values.putIfAbsent("idempotencyKey", UUID.randomUUID().toString());
        model.addAttribute("values", values);
        if (!model.containsAttribute("missingPapers")) {
            model.addAttribute("missingPapers", List.of());
        }
        if (procedureCode == null || procedureCode.isBlank()) {
            model.addAttribute(
                    "procedures",
                    procedures.search(null, null, null, new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                            .filter(p -> p.channel(counter ? ChannelKind.COUNTER : ChannelKind.ONLINE)
                                    .isPresent())
                            .toList());
            return "dossier/new";
        }
        ProcedureView procedure = procedures.get(procedureCode.strip());
        model.addAttribute("procedure", procedure);
        model.addAttribute(
                "offered",
                counter
                        ? procedure.channel(ChannelKind.COUNTER).isPresent()
                                || procedure.channel(ChannelKind.POST).isPresent()
                        : procedure.channel(ChannelKind.ONLINE).isPresent());
        List<IntakeStore.EarlierDocument> earlier = earlier(user, counter, applicant);
        List<PaperRow> papers = new ArrayList<>();
        for (int i = 0; i < procedure.papers().size(); i++) {
            RequiredPaper paper = procedure.papers().get(i);
            String key = vn.haicap.shared.VietnameseText.searchKey(paper.name());
            List<IntakeStore.EarlierDocument> matching = new ArrayList<>();
            earlier.stream()
                    .filter(d -> d.paperName() != null
                            && vn.haicap.shared.VietnameseText.searchKey(d.paperName())
                                    .equals(key))
                    .forEach(matching::add);
            earlier.stream().filter(d -> !matching.contains(d)).forEach(matching::add);
            papers.add(new PaperRow(i + 1, paper, paper.requirement().key(), matching));
        }
        model.addAttribute("papers", papers);
        // the communes the dossier may be received at: the officer's own, or any of the chosen province
        List<AdminUnitDataset.Province> provinces = units.provinces().stream()
                .sorted(Comparator.comparing(AdminUnitDataset.Province::code))
                .toList();
        String chosenProvince;
        List<AdminUnitDataset.Commune> communes;
        if (counter) {
            chosenProvince = user.jurisdictionProvince() == null ? "01" : user.jurisdictionProvince();
            String own = user.jurisdictionCode();
            communes = units.communes().stream()
                    .filter(c -> c.provinceCode().equals(chosenProvince))
                    .filter(c -> own == null || own.length() != 5 || own.equals(c.code()))
                    .sorted(Comparator.comparing(AdminUnitDataset.Commune::name))
                    .toList();
            if (own != null && own.length() == 5) {
                values.putIfAbsent("receivingCommune", own);
            }
        } else {
            chosenProvince = province != null && province.matches("\\d{2}") ? province : "01";
            communes = communesOf(chosenProvince);
        }
        model.addAttribute("provinces", provinces);
        model.addAttribute("province", chosenProvince);
        model.addAttribute("communes", communes);
        model.addAttribute("residenceCommunes", communesOf(chosenProvince));
        model.addAttribute("channels", counterChannels(procedure));
        return "dossier/new";
    }

    private List<String> counterChannels(ProcedureView procedure) {
        List<String> channels = new ArrayList<>();
        if (procedure.channel(ChannelKind.COUNTER).isPresent()) {
            channels.add("counter");
        }
        if (procedure.channel(ChannelKind.POST).isPresent()) {
            channels.add("post");
        }
        return channels;
    }

    private List<AdminUnitDataset.Commune> communesOf(String province) {
        return units.communes().stream()
                .filter(c -> c.provinceCode().equals(province))
                .sorted(Comparator.comparing(AdminUnitDataset.Commune::name))
                .toList();
    }

    private List<IntakeStore.EarlierDocument> earlier(CurrentUser user, boolean counter, @Nullable String applicant) {
        if (counter && (applicant == null || applicant.isBlank())) {
            return List.of();
        }
        return intake.earlierDocuments(user, counter ? applicant : null);
    }

    private @Nullable String provinceOf(@Nullable String commune) {
        if (commune == null) {
            return null;
        }
        return unitsByCode
                .commune(commune.strip())
                .map(AdminUnitDataset.Commune::provinceCode)
                .orElse(null);
    }

    private static void requireApplicant(CurrentUser user) {
        if (!user.has(Role.CITIZEN) && !user.has(Role.BUSINESS)) {
            throw HaicapException.forbidden("dossier.submission-page-forbidden");
        }
    }

    private static void requireOfficer(CurrentUser user) {
        if (!user.has(Role.COUNTER_OFFICER)) {
            throw HaicapException.forbidden("dossier.register-page-forbidden");
        }
    }

    private static void putIfPresent(Map<String, String> values, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value);
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
