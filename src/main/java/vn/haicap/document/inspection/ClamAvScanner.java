package vn.haicap.document.inspection;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import vn.haicap.document.storage.StagedFile;

/**
 * Scans with ClamAV's daemon over TCP using its {@code INSTREAM} command: {@code zINSTREAM\0}, then the
 * file in chunks each preceded by its length as a 4-byte big-endian integer, then a zero length; clamd
 * answers {@code stream: OK} or {@code stream: <signature> FOUND} (or {@code ... ERROR}, e.g. when the
 * stream exceeds its {@code StreamMaxLength}). Configure {@code haicap.documents.clamav.enabled=true},
 * {@code .host}, {@code .port} (3310) and {@code .timeout}; clamd needs {@code TCPSocket 3310} and a
 * {@code StreamMaxLength} at least the largest upload limit.
 */
public class ClamAvScanner implements MalwareScanner {

    private static final int CHUNK = 64 * 1024;

    private final String host;
    private final int port;
    private final Duration timeout;

    public ClamAvScanner(String host, int port, Duration timeout) {
        this.host = host;
        this.port = port;
        this.timeout = timeout;
    }

    @Override
    public Verdict scan(StagedFile file) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            byte[] buffer = new byte[CHUNK];
            try (InputStream in = file.open()) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    out.writeInt(n);
                    out.write(buffer, 0, n);
                }
            }
            out.writeInt(0);
            out.flush();
            String reply = readReply(socket.getInputStream());
            if (reply.endsWith("OK")) {
                return Verdict.CLEAN;
            }
            if (reply.endsWith("FOUND")) {
                String signature = reply.substring(reply.indexOf(':') + 1, reply.length() - "FOUND".length())
                        .strip();
                return new Verdict(false, signature);
            }
            throw new IllegalStateException("clamd answered: " + reply);
        } catch (IOException e) {
            throw new UncheckedIOException("clamd at " + host + ":" + port + " unreachable", e);
        }
    }

    private static String readReply(InputStream in) throws IOException {
        StringBuilder reply = new StringBuilder();
        for (int c; (c = in.read()) > 0 && reply.length() < 1024; ) {
            reply.append((char) c);
        }
        return reply.toString().strip();
    }
}
