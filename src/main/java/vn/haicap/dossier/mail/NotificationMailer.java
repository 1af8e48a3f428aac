package vn.haicap.dossier.mail;

import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the e-mails that dossier transitions leave in the notification outbox, through the SMTP server
 * set with {@code spring.mail.*}. Without one (evaluation mode by default) the outbox keeps them. A
 * message that fails stays unsent and is tried again on the next round; rows are claimed with
 * {@code for update skip locked}, so several nodes never send the same e-mail twice.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);
    private static final int BATCH = 100;

    record Pending(long id, String recipient, String subject, String body) {}

    private final JdbcClient jdbc;
    private final JavaMailSender mail;
    private final MailProperties properties;

    NotificationMailer(JdbcClient jdbc, JavaMailSender mail, MailProperties properties) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${haicap.dossier.mail.poll-interval:5s}")
    @Transactional
    public void sendPending() {
        List<Pending> pending =
                jdbc.sql("""
                select id, recipient, subject, body from dossier.notification
                where sent_at is null order by id limit :batch for update skip locked
                """).param("batch", BATCH).query(Pending.class).list();
        for (Pending message : pending) {
            try {
                mail.send(toMail(message));
                jdbc.sql("update dossier.notification set sent_at = :now where id = :id")
                        .param("now", OffsetDateTime.now())
                        .param("id", message.id())
                        .update();
            } catch (MailException e) {
                log.warn("Could not send notification {} to {}: {}", message.id(), message.recipient(), e.getMessage());
                return;
            }
        }
    }

    private SimpleMailMessage toMail(Pending message) {
        SimpleMailMessage mailMessage = new SimpleMailMessage();
        mailMessage.setFrom(properties.from());
        mailMessage.setTo(message.recipient());
        mailMessage.setSubject(message.subject());
        mailMessage.setText(message.body());
        return mailMessage;
    }
}
