package vn.haicap.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The language links of the layout keep the page's other query parameters, so that switching
 * language on {@code /units/00175?date=2025-06-30} stays on the same unit and date.
 */
@ControllerAdvice(annotations = Controller.class)
class LanguageLinks {

    /** The current query without {@code lang}, ready to prepend to {@code lang=xx} ("date=2025-06-30&"). */
    @ModelAttribute("queryWithoutLang")
    String queryWithoutLang(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null || query.isBlank()) {
            return "";
        }
        String kept = Arrays.stream(query.split("&"))
                .filter(part -> !part.isBlank() && !part.equals("lang") && !part.startsWith("lang="))
                .collect(Collectors.joining("&"));
        return kept.isEmpty() ? "" : kept + "&";
    }
}
