package vn.haicap.document.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.haicap.document.storage.StagedFile;

/** Against a tiny clamd on a real socket that speaks INSTREAM and flags the EICAR test string. */
class ClamAvScannerTests {

    static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    @TempDir
    Path dir;

    @Test
    void passesACleanFileAndFlagsAnInfectedOne() throws Exception {
        AtomicReference<byte[]> received = new AtomicReference<>();
        try (ServerSocket server = new ServerSocket(0)) {
            Thread clamd = new Thread(() -> serve(server, 2, received));
            clamd.start();
            ClamAvScanner scanner = new ClamAvScanner("127.0.0.1", server.getLocalPort(), Duration.ofSeconds(10));

            byte[] clean = new byte[200_000];
            java.util.Arrays.fill(clean, (byte) 'a');
            MalwareScanner.Verdict ok = scanner.scan(StagedFile.of(clean));
            assertThat(ok.clean()).isTrue();
            assertThat(received.get()).isEqualTo(clean);

            MalwareScanner.Verdict infected = scanner.scan(
                    StagedFile.ofFile(Files.writeString(dir.resolve("eicar.com"), EICAR, StandardCharsets.US_ASCII)));
            assertThat(infected.clean()).isFalse();
            assertThat(infected.signature()).isEqualTo("Win.Test.EICAR_HDB-1");
            clamd.join(10_000);
        }
    }

    /** clamd's side: {@code zINSTREAM\0}, length-prefixed chunks, a zero length, then the verdict. */
    private static void serve(ServerSocket server, int connections, AtomicReference<byte[]> received) {
        for (int i = 0; i < connections; i++) {
            try (Socket socket = server.accept()) {
                DataInputStream in = new DataInputStream(socket.getInputStream());
                byte[] command = new byte["zINSTREAM\0".length()];
                in.readFully(command);
                if (!new String(command, StandardCharsets.US_ASCII).equals("zINSTREAM\0")) {
                    socket.getOutputStream().write("UNKNOWN COMMAND\0".getBytes(StandardCharsets.US_ASCII));
                    continue;
                }
                ByteArrayOutputStream data = new ByteArrayOutputStream();
                for (int length; (length = in.readInt()) > 0; ) {
                    byte[] chunk = new byte[length];
                    in.readFully(chunk);
                    data.write(chunk);
                }
                received.set(data.toByteArray());
                String text = data.toString(StandardCharsets.US_ASCII);
                String reply = text.contains("EICAR-STANDARD-ANTIVIRUS-TEST-FILE")
                        ? "stream: Win.Test.EICAR_HDB-1 FOUND\0"
                        : "stream: OK\0";
                socket.getOutputStream().write(reply.getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                return;
            }
        }
    }
}
