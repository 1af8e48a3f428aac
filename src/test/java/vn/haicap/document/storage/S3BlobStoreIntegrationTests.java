package vn.haicap.document.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;

/**
 * {@link S3BlobStore} against a real S3 API: Adobe's S3Mock, its executable jar (copied to the build folder
 * by the build, see pom.xml) started as a separate JVM on free ports, once for this class.
 */
class S3BlobStoreIntegrationTests {

    private static final String BUCKET = "haicap-test";
    private static Process s3mock;
    private static int httpPort;

    @TempDir
    static Path work;

    @BeforeAll
    static void startS3Mock() throws Exception {
        Path jar = Path.of(System.getProperty("haicap.test.s3mock-jar", "target/s3mock/s3mock.jar"));
        assumeTrue(Files.isRegularFile(jar), "S3Mock jar not found at " + jar);
        httpPort = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        s3mock = new ProcessBuilder(List.of(
                        java,
                        "-XX:TieredStopAtLevel=1",
                        "-Xmx256m",
                        "-jar",
                        jar.toString(),
                        "--server.port=" + freePort(),
                        "--com.adobe.testing.s3mock.http-port=" + httpPort,
                        "--com.adobe.testing.s3mock.vectors.http-port=" + freePort(),
                        "--com.adobe.testing.s3mock.vectors.https-port=" + freePort(),
                        "--com.adobe.testing.s3mock.store.initial-buckets=" + BUCKET,
                        "--com.adobe.testing.s3mock.store.root=" + work.resolve("s3mock-root")))
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("s3mock.log").toFile())
                .start();
        // a busy 2-core machine may take minutes to start it; usually ~15 s
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (!listening(httpPort)) {
            if (!s3mock.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(
                        "S3Mock did not start: " + Files.readString(work.resolve("s3mock.log")));
            }
            Thread.sleep(500);
        }
    }

    @AfterAll
    static void stopS3Mock() throws InterruptedException {
        if (s3mock != null) {
            s3mock.destroy();
            s3mock.waitFor();
        }
    }

    private static S3Client client() {
        return BlobStoreConfiguration.s3Client(new StorageProperties.S3(
                URI.create("http://127.0.0.1:" + httpPort), "us-east-1", BUCKET, "docs/", "key", "secret", true));
    }

    @Test
    void storesOncePerHashReadsBackAndDeletes() throws IOException {
        try (S3Client s3 = client()) {
            S3BlobStore store = new S3BlobStore(s3, BUCKET, "docs/");
            Path file = Files.writeString(work.resolve("paper.txt"), "Quyết định số 05/QĐ-UBND");
            String sha256 = Hashes.sha256(file);

            assertThat(store.exists(sha256)).isFalse();
            store.put(sha256, StagedFile.ofFile(file));
            store.put(sha256, StagedFile.ofFile(file));

            assertThat(store.exists(sha256)).isTrue();
            try (InputStream in = store.get(sha256)) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo("Quyết định số 05/QĐ-UBND");
            }
            var keys = s3.listObjectsV2(ListObjectsV2Request.builder()
                            .bucket(BUCKET)
                            .prefix("docs/")
                            .build())
                    .contents();
            assertThat(keys)
                    .singleElement()
                    .satisfies(o -> assertThat(o.key())
                            .isEqualTo("docs/" + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256));

            assertThat(store.delete(sha256)).isTrue();
            assertThat(store.exists(sha256)).isFalse();
            assertThatThrownBy(() -> store.get(sha256)).isInstanceOf(BlobNotFound.class);
        }
    }

    @Test
    void refusesContentThatDoesNotMatchItsName() throws IOException {
        try (S3Client s3 = client()) {
            S3BlobStore store = new S3BlobStore(s3, BUCKET, "docs/");
            Path file = Files.writeString(work.resolve("one.txt"), "one");
            String other = Hashes.sha256("two".getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> store.put(other, StagedFile.ofFile(file)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(store.exists(other)).isFalse();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
