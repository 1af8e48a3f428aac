package vn.haicap.account;

import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.haicap.shared.AuditEvent;

/** Sends page logins and failed logins to the audit log. */
@Component
class LoginAuditing {

    private final ApplicationEventPublisher events;

    LoginAuditing(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    @Transactional
    void on(InteractiveAuthenticationSuccessEvent success) {
        String username = success.getAuthentication().getName();
        events.publishEvent(AuditEvent.of(username, "account.login-succeeded", "account", username, Map.of()));
    }

    @EventListener
    @Transactional
    void on(AbstractAuthenticationFailureEvent failure) {
        String username = failure.getAuthentication().getName();
        events.publishEvent(AuditEvent.of(
                username,
                "account.login-failed",
                "account",
                username,
                Map.of("reason", failure.getException().getClass().getSimpleName())));
    }
}
