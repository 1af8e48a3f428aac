package vn.haicap.procedure.web;

import java.net.URI;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Procedure messages in the reader's language, and the problem answered for a refused workflow. */
@Component
class ProblemMessages {

    private static final URI TYPE_BASE = URI.create("https://haicap.vn/problems/");

    private final MessageSource messages;

    ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(String code, List<Object> arguments) {
        return messages.getMessage(
                code, arguments.stream().map(String::valueOf).toArray(), code, LocaleContextHolder.getLocale());
    }

    /** Like every problem of the API, plus each violation with its step and text. */
    ProblemDetail problem(HttpStatus status, String code, List<Object> arguments, List<?> violations) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(TYPE_BASE.resolve(code));
        problem.setTitle(messages.getMessage(
                "problem.title." + status.value(), null, "Error " + status.value(), LocaleContextHolder.getLocale()));
        problem.setDetail(text(code, arguments));
        problem.setProperty("code", code);
        problem.setProperty("violations", violations);
        return problem;
    }
}
