package vn.haicap.dossier.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param from the sender of the notification e-mails */
@ConfigurationProperties("haicap.dossier.mail")
record MailProperties(
        @DefaultValue("Haicap <no-reply@haicap.local>") String from) {}
