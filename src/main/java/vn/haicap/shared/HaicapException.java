package vn.haicap.shared;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A business error with a stable code {@code <module>.<problem>}. The code is the message key in
 * {@code messages*.properties} and the {@code code} property of the RFC 9457 problem answered to
 * API clients; the arguments fill the message's placeholders.
 *
 * <p>A client's error (4xx) carries no stack trace: it is answered, never logged with one, and the domain
 * throws it on purpose, e.g. once per action it tries when it lists the actions a user may take. A server's
 * error (5xx) keeps its trace.
 */
public class HaicapException extends RuntimeException {

    private final String code;
    private final HttpStatus status;
    private final List<Object> arguments;
    private final java.util.Map<String, Object> properties = new java.util.LinkedHashMap<>();

    public HaicapException(HttpStatus status, String code, Object... arguments) {
        super(code + " " + List.of(arguments), null, true, status.is5xxServerError());
        this.code = code;
        this.status = status;
        this.arguments = List.of(arguments);
    }

    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }

    /** Extra members of the problem JSON, e.g. the list of every missing paper. */
    public java.util.Map<String, Object> properties() {
        return java.util.Collections.unmodifiableMap(properties);
    }

    /** Adds a member to the problem JSON answered for this error. */
    public HaicapException with(String property, Object value) {
        properties.put(property, value);
        return this;
    }

    public static HaicapException invalid(String code, Object... arguments) {
        return new HaicapException(HttpStatus.BAD_REQUEST, code, arguments);
    }

    public static HaicapException notFound(String code, Object... arguments) {
        return new HaicapException(HttpStatus.NOT_FOUND, code, arguments);
    }

    public static HaicapException conflict(String code, Object... arguments) {
        return new HaicapException(HttpStatus.CONFLICT, code, arguments);
    }

    public static HaicapException forbidden(String code, Object... arguments) {
        return new HaicapException(HttpStatus.FORBIDDEN, code, arguments);
    }
}
