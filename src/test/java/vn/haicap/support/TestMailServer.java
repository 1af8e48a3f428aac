package vn.haicap.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server (GreenMail) for the integration tests, started once per test JVM on a free port;
 * the application under test sends its e-mails to it through {@code spring.mail.*}.
 */
public final class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static GreenMail server;

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }

    public static List<MimeMessage> messagesTo(String recipient) {
        return List.of(server().getReceivedMessagesForDomain(recipient));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        GreenMail smtp = server();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "test-mail-server",
                        Map.of(
                                "spring.mail.host", "127.0.0.1",
                                "spring.mail.port", smtp.getSmtp().getPort(),
                                "haicap.dossier.mail.poll-interval", "300ms")));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
