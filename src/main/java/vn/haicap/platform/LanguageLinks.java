package vn.haicap.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.UrlBasedViewResolver;

/**
 * The language links of the layout keep the page's other query parameters, so that switching
 * language on {@code /units/00175?date=2025-06-30} stays on the same unit and date.
 *
 * <p>An interceptor that adds to rendered views only, not a {@code @ControllerAdvice}: an advice limited to
 * {@code @Controller} also matches every {@code @RestController} (its meta-annotation), and Spring MVC then
 * looked for and called the model method on each API request.
 */
class LanguageLinks implements HandlerInterceptor {

    static final String ATTRIBUTE = "queryWithoutLang";

    @Override
    public void postHandle(
            HttpServletRequest request,
            HttpServletResponse response,
            Object handler,
            @Nullable ModelAndView modelAndView) {
        if (modelAndView != null && rendersPage(modelAndView)) {
            modelAndView.addObject(ATTRIBUTE, queryWithoutLang(request.getQueryString()));
        }
    }

    /** A template, not a redirect (whose model would become the new address's query parameters). */
    private static boolean rendersPage(ModelAndView modelAndView) {
        String name = modelAndView.getViewName();
        return name != null
                && !name.startsWith(UrlBasedViewResolver.REDIRECT_URL_PREFIX)
                && !name.startsWith(UrlBasedViewResolver.FORWARD_URL_PREFIX);
    }

    /** The current query without {@code lang}, ready to prepend to {@code lang=xx} ("date=2025-06-30&"). */
    static String queryWithoutLang(@Nullable String query) {
        if (query == null || query.isBlank()) {
            return "";
        }
        String kept = Arrays.stream(query.split("&"))
                .filter(part -> !part.isBlank() && !part.equals("lang") && !part.startsWith("lang="))
                .collect(Collectors.joining("&"));
        return kept.isEmpty() ? "" : kept + "&";
    }
}
