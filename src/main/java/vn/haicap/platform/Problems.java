package vn.haicap.platform;

import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Builds the RFC 9457 problem for a stable error code, localized for the current request. */
final class Problems {

    private static final URI TYPE_BASE = URI.create("https://haicap.vn/problems/");

    private Problems() {}

    static ResponseEntity<ProblemDetail> response(
            MessageSource messages, HttpStatusCode status, String code, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(TYPE_BASE.resolve(code));
        problem.setTitle(
                messages.getMessage("problem.title." + status.value(), null, "Error " + status.value(), locale));
        problem.setDetail(messages.getMessage(code, args, code, locale));
        problem.setProperty("code", code);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
