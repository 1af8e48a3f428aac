package vn.haicap.dossier.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.haicap.account.CurrentUser;
import vn.haicap.dossier.DossierDetails;
import vn.haicap.dossier.DossierManagement;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.PageRequest;

/** The pages: public tracking, the officer's queues, a dossier with its timeline and actions, my dossiers. */
@Controller
class DossierController {

    static final int PAGE_SIZE = 50;

    private final DossierManagement dossiers;
    private final DossierRestController api;

    DossierController(DossierManagement dossiers, DossierRestController api) {
        this.dossiers = dossiers;
        this.api = api;
    }

    /** The slips for a signed-in page user (the API itself takes HTTP basic only). */
    @GetMapping("/dossiers/{code}/slips/{slip}.pdf")
    org.springframework.http.ResponseEntity<byte[]> slip(@PathVariable String code, @PathVariable String slip) {
        return api.slip(code, slip);
    }

    @GetMapping("/dossiers/{code}/result.pdf")
    org.springframework.http.ResponseEntity<byte[]> result(@PathVariable String code) {
        return api.result(code);
    }

    @GetMapping("/dossiers/{code}/documents/{id}")
    org.springframework.http.ResponseEntity<byte[]> document(@PathVariable String code, @PathVariable long id) {
        return api.document(code, id);
    }

    @GetMapping("/track")
    String track(
            @RequestParam(required = false) @Nullable String code,
            @RequestParam(required = false) @Nullable String checkCode,
            Model model) {
        model.addAttribute("code", code == null ? "" : code.strip());
        if (code != null && !code.isBlank()) {
            try {
                model.addAttribute("tracking", dossiers.track(code.strip(), checkCode));
            } catch (HaicapException e) {
                model.addAttribute("error", e);
            }
        }
        return "track/track";
    }

    @GetMapping("/dossiers")
    String queue(
            @RequestParam(required = false) @Nullable String queue,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String channel,
            @RequestParam(required = false) @Nullable String procedure,
            @RequestParam(required = false) @Nullable String receivedFrom,
            @RequestParam(required = false) @Nullable String receivedTo,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        DossierManagement.Queue shown = DossierManagement.Queue.parse(queue);
        vn.haicap.dossier.QueueFilter filter = vn.haicap.dossier.QueueFilter.parse(
                status,
                channel,
                procedure,
                DossierRestController.date(receivedFrom, "receivedFrom"),
                DossierRestController.date(receivedTo, "receivedTo"));
        model.addAttribute("filter", filter);
        model.addAttribute(
                "statuses",
                java.util.Arrays.stream(vn.haicap.dossier.DossierStatus.values())
                        .map(vn.haicap.dossier.DossierStatus::key)
                        .toList());
        model.addAttribute("queue", shown.name().toLowerCase(java.util.Locale.ROOT));
        model.addAttribute(
                "queues",
                java.util.Arrays.stream(DossierManagement.Queue.values())
                        .map(v -> v.name().toLowerCase(java.util.Locale.ROOT))
                        .toList());
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute(
                "result", dossiers.queue(shown, q, filter, new PageRequest(page, PAGE_SIZE), CurrentUser.get()));
        return "dossier/queue";
    }

    @GetMapping("/my/dossiers")
    String mine(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", dossiers.mine(CurrentUser.get(), new PageRequest(page, PAGE_SIZE)));
        return "dossier/mine";
    }

    @GetMapping("/dossiers/{code}")
    String dossier(@PathVariable String code, Model model) {
        model.addAttribute("dossier", dossiers.get(code, CurrentUser.get()));
        return "dossier/dossier";
    }

    /** An action from the dossier page (htmx): answers the refreshed dossier panel, with the error if refused. */
    @PostMapping("/dossiers/{code}/transitions")
    String transition(
            @PathVariable String code,
            @RequestParam String action,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam int version,
            @RequestParam(required = false) @Nullable Double extraWorkingDays,
            Model model) {
        DossierDetails details;
        try {
            details = dossiers.transition(code, action, reason, version, extraWorkingDays, CurrentUser.get());
            model.addAttribute("done", action);
        } catch (HaicapException e) {
            if (e.status().value() == 404) {
                throw e;
            }
            model.addAttribute("error", e);
            details = dossiers.get(code, CurrentUser.get());
        }
        model.addAttribute("dossier", details);
        return "dossier/dossier :: panel";
    }

    /** The applicant's rating from the dossier page (htmx). */
    @PostMapping("/dossiers/{code}/rating")
    String rate(
            @PathVariable String code,
            @RequestParam String score,
            @RequestParam(required = false) @Nullable String comment,
            Model model) {
        DossierDetails details;
        try {
            details = dossiers.rate(code, score, comment, CurrentUser.get());
            model.addAttribute("rated", true);
        } catch (HaicapException e) {
            if (e.status().value() == 404) {
                throw e;
            }
            model.addAttribute("error", e);
            details = dossiers.get(code, CurrentUser.get());
        }
        model.addAttribute("dossier", details);
        return "dossier/dossier :: panel";
    }
}
