package vn.haicap.workforce.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.haicap.account.CurrentUser;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.PageRequest;
import vn.haicap.workforce.NewAssignment;
import vn.haicap.workforce.NewOutcome;
import vn.haicap.workforce.OutcomeKind;
import vn.haicap.workforce.PersonData;
import vn.haicap.workforce.PersonQuery;
import vn.haicap.workforce.PersonnelCategory;
import vn.haicap.workforce.PolicyRegime;
import vn.haicap.workforce.Rank;
import vn.haicap.workforce.Sex;
import vn.haicap.workforce.WorkforceManagement;

/**
 * HR pages for people: search (name without diacritics, identity number, unit, category), a person's
 * record (an audited read) with forms to edit it (optimistic locking on its version), add or change an
 * assignment and record a reorganisation outcome. Errors are shown in the page, in the reader's language.
 */
@Controller
@RequestMapping("/workforce/people")
class PeoplePages {

    private final WorkforceManagement workforce;
    private final MessageSource messages;

    PeoplePages(WorkforceManagement workforce, MessageSource messages) {
        this.workforce = workforce;
        this.messages = messages;
    }

    @GetMapping
    String search(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String identityNumber,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            Locale locale) {
        model.addAttribute("q", q);
        model.addAttribute("identityNumber", identityNumber);
        model.addAttribute("unit", unit);
        model.addAttribute("category", category);
        model.addAttribute("categories", PersonnelCategory.values());
        boolean searched = q != null || identityNumber != null || unit != null || category != null;
        if (searched) {
            try {
                model.addAttribute(
                        "results",
                        workforce.searchPeople(
                                CurrentUser.get(),
                                new PersonQuery(
                                        q,
                                        identityNumber,
                                        unit,
                                        category == null || category.isBlank()
                                                ? null
                                                : PersonnelCategory.parse("category", category)),
                                new PageRequest(Math.max(0, page), 50)));
            } catch (HaicapException e) {
                model.addAttribute("error", message(e, locale));
            }
        }
        return "workforce/people";
    }

    @GetMapping("/{id}")
    String person(@PathVariable UUID id, Model model) {
        model.addAttribute("record", workforce.person(CurrentUser.get(), id));
        model.addAttribute("categories", PersonnelCategory.values());
        model.addAttribute("ranks", Rank.values());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("outcomes", OutcomeKind.values());
        model.addAttribute("policies", PolicyRegime.values());
        return "workforce/person";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @RequestParam String identityNumber,
            @RequestParam String fullName,
            @RequestParam String sex,
            @RequestParam String birthDate,
            @RequestParam(required = false) @Nullable String ethnicity,
            @RequestParam(required = false) @Nullable String education,
            @RequestParam String category,
            @RequestParam(required = false) @Nullable String rank,
            @RequestParam(required = false) @Nullable String salaryCoefficient,
            @RequestParam int version,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            workforce.updatePerson(
                    CurrentUser.get(),
                    id,
                    new PersonData(
                            identityNumber,
                            fullName,
                            Sex.parse("sex", sex),
                            required("birthDate", birthDate),
                            ethnicity,
                            education,
                            PersonnelCategory.parse("category", category),
                            rank == null || rank.isBlank() ? null : Rank.parse("rank", rank),
                            decimal("salaryCoefficient", salaryCoefficient)),
                    version);
        } catch (HaicapException e) {
            return failed(id, e, model, locale);
        }
        redirect.addFlashAttribute("saved", "workforce.people.saved");
        return "redirect:/workforce/people/" + id;
    }

    @PostMapping("/{id}/assignments")
    String assign(
            @PathVariable UUID id,
            @RequestParam String agency,
            @RequestParam(required = false) @Nullable String position,
            @RequestParam String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String decisionNumber,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            workforce.assign(CurrentUser.get(), id, assignment(agency, position, from, to, decisionNumber));
        } catch (HaicapException e) {
            return failed(id, e, model, locale);
        }
        redirect.addFlashAttribute("saved", "workforce.people.assignment-saved");
        return "redirect:/workforce/people/" + id;
    }

    @PostMapping("/{id}/assignments/{assignment}")
    String changeAssignment(
            @PathVariable UUID id,
            @PathVariable UUID assignment,
            @RequestParam String agency,
            @RequestParam(required = false) @Nullable String position,
            @RequestParam String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String decisionNumber,
            @RequestParam int version,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            workforce.updateAssignment(
                    CurrentUser.get(), id, assignment, assignment(agency, position, from, to, decisionNumber), version);
        } catch (HaicapException e) {
            return failed(id, e, model, locale);
        }
        redirect.addFlashAttribute("saved", "workforce.people.assignment-saved");
        return "redirect:/workforce/people/" + id;
    }

    @PostMapping("/{id}/outcomes")
    String outcome(
            @PathVariable UUID id,
            @RequestParam String kind,
            @RequestParam String effectiveDate,
            @RequestParam(required = false) @Nullable String agency,
            @RequestParam(required = false) @Nullable String toAgency,
            @RequestParam(required = false) @Nullable String policy,
            @RequestParam(required = false) @Nullable String amountPaid,
            @RequestParam(required = false) @Nullable String decisionNumber,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            workforce.recordOutcome(
                    CurrentUser.get(),
                    id,
                    new NewOutcome(
                            OutcomeKind.parse("kind", kind),
                            required("effectiveDate", effectiveDate),
                            agency,
                            toAgency,
                            policy == null || policy.isBlank() ? null : PolicyRegime.parse("policy", policy),
                            decimal("amountPaid", amountPaid),
                            decisionNumber));
        } catch (HaicapException e) {
            return failed(id, e, model, locale);
        }
        redirect.addFlashAttribute("saved", "workforce.people.outcome-saved");
        return "redirect:/workforce/people/" + id;
    }

    private String failed(UUID id, HaicapException e, Model model, Locale locale) {
        model.addAttribute("error", message(e, locale));
        model.addAttribute("errorCode", e.code());
        return person(id, model);
    }

    private String message(HaicapException e, Locale locale) {
        return messages.getMessage(e.code(), e.arguments(), e.code(), locale);
    }

    private static NewAssignment assignment(
            String agency,
            @Nullable String position,
            String from,
            @Nullable String to,
            @Nullable String decisionNumber) {
        return new NewAssignment(
                agency,
                position,
                required("from", from),
                to == null || to.isBlank() ? null : Dates.parse("to", to, LocalDate.MIN),
                null,
                decisionNumber);
    }

    private static LocalDate required(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw HaicapException.invalid("workforce.field-missing", field);
        }
        return Dates.parse(field, value, LocalDate.MIN);
    }

    private static @Nullable BigDecimal decimal(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw HaicapException.invalid("workforce.value-invalid", field, value);
        }
    }
}
