package vn.haicap.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors raised outside a controller (unknown path, security, oversized upload): problem JSON under
 * {@code /api/}, the localized page {@code templates/error/page.html} everywhere else.
 */
@Controller
class ErrorPages implements ErrorController {

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response, Model model) {
        HttpStatus status = statusOf(request);
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        String code = codeFor(status);
        if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
            return Problems.response(messages, status, code);
        }
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("code", code);
        model.addAttribute(
                "messageKey",
                switch (status) {
                    case NOT_FOUND -> "error.404";
                    case FORBIDDEN, UNAUTHORIZED -> "error.403";
                    default -> status.is4xxClientError() ? "error.4xx" : "error.5xx";
                });
        return new ModelAndView("error/page", model.asMap(), status);
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status != null) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static String codeFor(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "common.not-found";
            case UNAUTHORIZED -> "common.unauthenticated";
            case FORBIDDEN -> "common.forbidden";
            case METHOD_NOT_ALLOWED -> "common.method-not-allowed";
            case CONTENT_TOO_LARGE -> "common.upload-too-large";
            case TOO_MANY_REQUESTS -> "common.rate-limited";
            case BAD_REQUEST -> "common.invalid-request";
            default -> status.is4xxClientError() ? "common.invalid-request" : "common.unexpected";
        };
    }
}
