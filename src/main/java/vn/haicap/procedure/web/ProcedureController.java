package vn.haicap.procedure.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.haicap.procedure.CompetentLevel;
import vn.haicap.procedure.ProcedureCatalogue;
import vn.haicap.procedure.ProcedureView;
import vn.haicap.shared.PageRequest;
import vn.haicap.shared.PageResult;

/** The public pages: the searchable catalogue at {@code /procedures}, one procedure at {@code /procedures/{code}}. */
@Controller
class ProcedureController {

    private static final int PER_PAGE = 20;

    private final ProcedureCatalogue catalogue;

    ProcedureController(ProcedureCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/procedures")
    String index(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String level,
            @RequestParam(required = false) @Nullable String field,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            HttpServletResponse response) {
        String query = q == null ? "" : q.strip();
        String levelKey = level == null ? "" : level.strip();
        String fieldName = field == null ? "" : field.strip();
        CompetentLevel competent = levelKey.isEmpty() ? null : CompetentLevel.parse(levelKey);
        PageResult<ProcedureView> results =
                catalogue.search(query, competent, fieldName, new PageRequest(Math.max(page, 0), PER_PAGE));
        model.addAttribute("q", query);
        model.addAttribute("level", levelKey);
        model.addAttribute("field", fieldName);
        model.addAttribute("results", results);
        model.addAttribute("pages", (results.total() + PER_PAGE - 1) / PER_PAGE);
        response.setHeader("Vary", "HX-Request");
        if (htmx != null) {
            return "procedure/index :: results";
        }
        model.addAttribute("levels", List.of(CompetentLevel.values()));
        model.addAttribute("fields", catalogue.fields());
        return "procedure/index";
    }

    @GetMapping("/procedures/{code}")
    String procedure(
            @PathVariable String code, @RequestParam(required = false) @Nullable Integer version, Model model) {
        ProcedureView procedure = version == null ? catalogue.get(code) : catalogue.version(code, version);
        model.addAttribute("p", procedure);
        model.addAttribute(
                "workflow", catalogue.workflowHistory(code).stream().findFirst().orElse(null));
        model.addAttribute("versions", catalogue.history(code));
        return "procedure/detail";
    }
}
