package vn.haicap.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.haicap.document.inspection.TestFiles;
import vn.haicap.document.storage.Hashes;
import vn.haicap.support.Api;
import vn.haicap.support.HaicapIntegrationTest;

@HaicapIntegrationTest
class DocumentIntegrationTests {

    static final String CITIZEN = "citizen";
    static final String CITIZEN_PASSWORD = "Demo-citizen-2025";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Uploads uploads() {
        return new Uploads(new Api(port));
    }

    @Test
    void storesAnUploadOnceByItsHashWithItsMetadataAndContent() throws Exception {
        byte[] pdf = TestFiles.pdf("Birth certificate of Tran Van Binh " + System.nanoTime());
        HttpResponse<String> created = uploads()
                .upload(
                        CITIZEN,
                        CITIZEN_PASSWORD,
                        "/api/v1/documents",
                        "Giấy khai sinh.pdf",
                        pdf,
                        Map.of("title", "Giấy khai sinh", "issuer", "UBND phường Ba Đình"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode json = Api.json(created);
        assertThat(json.get("sha256").asString()).isEqualTo(Hashes.sha256(pdf));
        assertThat(json.get("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(json.get("size").asLong()).isEqualTo(pdf.length);
        String id = json.get("id").asString();

        JsonNode metadata = Api.json(uploads().get(CITIZEN, CITIZEN_PASSWORD, "/api/v1/documents/" + id));
        assertThat(metadata.get("owner").asString()).isEqualTo(CITIZEN);
        assertThat(metadata.get("fileName").asString()).isEqualTo("Giấy khai sinh.pdf");
        assertThat(metadata.get("pageCount").asInt()).isEqualTo(1);
        assertThat(metadata.get("kind").asString()).isEqualTo("PAPER");

        var content = java.net.http.HttpClient.newHttpClient()
                .send(
                        Api.basic(
                                        new Api(port).request("/api/v1/documents/" + id + "/content"),
                                        CITIZEN,
                                        CITIZEN_PASSWORD)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(content.statusCode()).isEqualTo(200);
        assertThat(content.body()).isEqualTo(pdf);

        // the same bytes again: a second document, one blob
        HttpResponse<String> again =
                uploads().upload(CITIZEN, CITIZEN_PASSWORD, "/api/v1/documents", "copy.pdf", pdf, Map.of());
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(Api.json(again).get("sha256").asString()).isEqualTo(Hashes.sha256(pdf));
        assertThat(blobFiles(Hashes.sha256(pdf))).isEqualTo(1);

        // someone else cannot even learn that it exists
        assertThat(uploads()
                        .get("business", "Demo-business-2025", "/api/v1/documents/" + id)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aNewVersionIsANewRowAndThePreviousStaysAsItWas() {
        HttpResponse<String> first = uploads()
                .upload(
                        CITIZEN,
                        CITIZEN_PASSWORD,
                        "/api/v1/documents",
                        "cccd.png",
                        TestFiles.png(40, 30),
                        Map.of("title", "Căn cước"));
        String firstId = Api.json(first).get("id").asString();
        HttpResponse<String> second = uploads()
                .upload(
                        CITIZEN,
                        CITIZEN_PASSWORD,
                        "/api/v1/documents/" + firstId + "/versions",
                        "cccd-2.png",
                        TestFiles.png(41, 30),
                        Map.of());
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        assertThat(Api.json(second).get("version").asInt()).isEqualTo(2);
        String secondId = Api.json(second).get("id").asString();

        JsonNode newer = Api.json(uploads().get(CITIZEN, CITIZEN_PASSWORD, "/api/v1/documents/" + secondId));
        assertThat(newer.get("previousId").asString()).isEqualTo(firstId);
        JsonNode older = Api.json(uploads().get(CITIZEN, CITIZEN_PASSWORD, "/api/v1/documents/" + firstId));
        assertThat(older.get("fileName").asString()).isEqualTo("cccd.png");

        HttpResponse<String> fork = uploads()
                .upload(
                        CITIZEN,
                        CITIZEN_PASSWORD,
                        "/api/v1/documents/" + firstId + "/versions",
                        "cccd-3.png",
                        TestFiles.png(42, 30),
                        Map.of());
        assertThat(fork.statusCode()).isEqualTo(409);
    }

    @Test
    void refusesBadFilesWithAClearMessageAndStoresNothing() {
        long rows = rows();
        long blobs = allBlobFiles();
        byte[] png = TestFiles.png(100, 100);
        Map<String, byte[]> bad = Map.of(
                "empty.pdf", new byte[0],
                "lying.pdf", png,
                "secret.pdf", TestFiles.encryptedPdf("secret"),
                "cut.png", Arrays.copyOf(png, png.length / 2),
                "bomb.docx", TestFiles.zipBomb(250),
                "invoice\u202Efdp.exe", TestFiles.pdf("x"),
                "../../etc/passwd", TestFiles.pdf("x"));
        bad.forEach((name, content) -> {
            HttpResponse<String> response =
                    uploads().upload(CITIZEN, CITIZEN_PASSWORD, "/api/v1/documents", name, content, Map.of());
            assertThat(response.statusCode()).as(name + ": " + response.body()).isEqualTo(400);
            JsonNode problem = Api.json(response);
            assertThat(problem.get("code").asString()).as(name).startsWith("document.");
            assertThat(problem.get("detail").asString()).as(name).isNotBlank();
        });
        assertThat(rows()).isEqualTo(rows);
        assertThat(allBlobFiles()).isEqualTo(blobs);
    }

    @Test
    void refusesATwoGigabyteUploadBeforeReadingIt() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            String auth = Base64.getEncoder().encodeToString((CITIZEN + ":" + CITIZEN_PASSWORD).getBytes());
            out.write(("POST /api/v1/documents HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth
                            + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 2147483648\r\n"
                            + "Expect: 100-continue\r\nAccept-Language: en\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String status = in.readLine();
            if (status.startsWith("HTTP/1.1 100")) {
                // Tomcat answers "100 Continue" at once (continueResponseTiming=immediately); the body is
                // still never read: the filter answers 413 and Tomcat closes without draining it
                assertThat(in.readLine()).isEmpty();
                status = in.readLine();
            }
            assertThat(status).startsWith("HTTP/1.1 413");
            StringBuilder rest = new StringBuilder();
            for (String line; (line = in.readLine()) != null; ) {
                rest.append(line).append('\n');
            }
            assertThat(rest.toString()).contains("common.upload-too-large");
        }
    }

    @Test
    void citizensCannotUploadResults() {
        HttpResponse<String> response = uploads()
                .upload(
                        CITIZEN,
                        CITIZEN_PASSWORD,
                        "/api/v1/documents",
                        "kq.pdf",
                        TestFiles.pdf("fake result"),
                        Map.of("kind", "result"));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    private long rows() {
        return jdbc.sql("select count(*) from document.document")
                .query(Long.class)
                .single();
    }

    private static Path blobRoot() {
        return Path.of(System.getProperty("haicap.documents.dir", "data/documents"));
    }

    private static long allBlobFiles() {
        if (!Files.exists(blobRoot())) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(blobRoot())) {
            return files.filter(Files::isRegularFile).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long blobFiles(String sha256) {
        Path dir = Path.of(System.getProperty("haicap.documents.dir", "data/documents"));
        Path blob = dir.resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
        try (Stream<Path> files = Files.exists(blob.getParent()) ? Files.list(blob.getParent()) : Stream.empty()) {
            return files.filter(p -> p.getFileName().toString().equals(sha256)).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
