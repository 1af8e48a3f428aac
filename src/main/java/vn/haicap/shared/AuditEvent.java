package vn.haicap.shared;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Something worth keeping in the append-only audit log. Any module publishes it with Spring's
 * {@code ApplicationEventPublisher}; the audit module stores it.
 *
 * @param actor the username, or {@code anonymous}
 * @param action a stable verb such as {@code account.login-succeeded} or {@code workforce.person-read}
 */
public record AuditEvent(
        Instant occurredAt,
        String actor,
        String action,
        String subjectType,
        @Nullable String subjectId,
        Map<String, String> details) {

    public static AuditEvent of(
            String actor, String action, String subjectType, @Nullable String subjectId, Map<String, String> details) {
        return new AuditEvent(Instant.now(), actor, action, subjectType, subjectId, Map.copyOf(details));
    }
}
