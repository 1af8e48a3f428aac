package vn.haicap.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.haicap.support.Api;
import vn.haicap.support.HaicapIntegrationTest;

/** The submission contract: multipart and JSON, types by content, limits, papers, once-only, replays, nothing half-written. */
@HaicapIntegrationTest
class SubmissionIntegrationTests {

    static final String CITIZEN = DossierIntegrationTests.CITIZEN;
    static final String BUSINESS = "business:Demo-business-2025";
    static final String COUNTER = DossierIntegrationTests.COUNTER;
    static final String PROCEDURE = DossierIntegrationTests.PROCEDURE;

    static final byte[] PDF = vn.haicap.support.Pdfs.TO_KHAI;
    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    /** The start of a Windows executable: "MZ", then the PE header offset and the DOS stub. */
    static final byte[] EXE = exe();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api() {
        return new Api(port);
    }

    record Part(String name, String filename, String contentType, byte[] content) {}

    static Part file(String part, String filename, String type, byte[] content) {
        return new Part(part, filename, type, content);
    }

    HttpResponse<String> multipart(String user, String dossierJson, List<Part> files, String... headers) {
        String boundary = "----haicap" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        List<Part> parts = new ArrayList<>();
        parts.add(new Part("dossier", "", "application/json", dossierJson.getBytes(StandardCharsets.UTF_8)));
        parts.addAll(files);
        for (Part part : parts) {
            String disposition = part.filename().isEmpty()
                    ? "form-data; name=\"%s\"".formatted(part.name())
                    : "form-data; name=\"%s\"; filename=\"%s\"".formatted(part.name(), part.filename());
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\nContent-Type: "
                            + part.contentType() + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = DossierIntegrationTests.as(user, api().request("/api/v1/dossiers"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return api().send(request.build());
    }

    HttpResponse<String> json(String user, String json, String... headers) {
        HttpRequest.Builder request = DossierIntegrationTests.as(user, api().request("/api/v1/dossiers"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return api().send(request.build());
    }

    HttpResponse<String> get(String user, String path) {
        return api().send(DossierIntegrationTests.as(user, api().request(path))
                .GET()
                .build());
    }

    static String dossierPart(String channel, String extra) {
        return """
                {"procedureCode": "%s", "channel": "%s", "receivingCommune": "00004",
                 "applicant": {"name": "Trần Văn Minh", "idNumber": "001085000456"}%s}
                """.formatted(PROCEDURE, channel, extra);
    }

    static void assertProblem(HttpResponse<String> response, int status, String code) {
        DossierIntegrationTests.assertProblem(response, status, code);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    /** Dossiers, documents and code numbers taken: what a refused submission must leave as it was. */
    Map<String, Long> written() {
        return Map.of(
                "dossiers",
                        jdbc.sql("select count(*) from dossier.dossier")
                                .query(Long.class)
                                .single(),
                "documents",
                        jdbc.sql("select count(*) from dossier.document")
                                .query(Long.class)
                                .single(),
                "numbers",
                        jdbc.sql("select coalesce(sum(last), 0) from dossier.code_sequence")
                                .query(Long.class)
                                .single(),
                "keys",
                        jdbc.sql("select count(*) from dossier.dossier where idempotency_key is not null")
                                .query(Long.class)
                                .single());
    }

    List<Map<String, Object>> storedDocuments(String code) {
        return jdbc.sql("select name, media_type, paper, paper_name, reused_from from dossier.document"
                        + " where dossier = :code order by id")
                .param("code", code)
                .query()
                .listOfRows();
    }

    @Test
    void aMultipartSubmissionNamesThePaperOfEachFile() {
        HttpResponse<String> response = multipart(
                CITIZEN,
                dossierPart("online", ""),
                List.of(
                        file("paper-1", "to-khai.pdf", "application/pdf", PDF),
                        file("paper-2", "giay-xac-nhan.png", "image/png", PNG),
                        file("paper-2", "trang-2.png", "application/octet-stream", PNG)),
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String code = Api.json(response).get("code").asString();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/dossiers/" + code);

        List<Map<String, Object>> documents = storedDocuments(code);
        assertThat(documents).extracting(d -> d.get("paper")).containsExactly(1, 2, 2);
        assertThat(documents)
                .extracting(d -> d.get("media_type"))
                .containsExactly("application/pdf", "image/png", "image/png");
        assertThat((String) documents.get(0).get("paper_name")).startsWith("Tờ khai đăng ký nhận cha, mẹ, con");
        assertThat(Api.json(get(CITIZEN, "/api/v1/dossiers/" + code))
                        .get("documents")
                        .size())
                .isEqualTo(3);
    }

    @Test
    void theJsonBodyWithBase64DocumentsStillWorks() {
        HttpResponse<String> response = json(CITIZEN, DossierIntegrationTests.submission("online"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(storedDocuments(Api.json(response).get("code").asString()))
                .extracting(d -> d.get("paper"))
                .containsExactly(1, 2);
    }

    @Test
    void fileTypesAreJudgedByContentNotByName() {
        Map<String, Long> before = written();
        HttpResponse<String> exe = multipart(
                CITIZEN,
                dossierPart("online", ""),
                List.of(
                        file("paper-1", "to-khai.pdf", "application/pdf", EXE),
                        file("paper-2", "xac-nhan.pdf", "application/pdf", PDF)));
        assertProblem(exe, 400, "dossier.document-type-unsupported");
        assertThat(Api.json(exe).get("detail").asString()).contains("to-khai.pdf");

        byte[] html =
                "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        assertProblem(
                multipart(
                        CITIZEN,
                        dossierPart("online", ""),
                        List.of(
                                file("paper-1", "to-khai.pdf", "application/pdf", html),
                                file("paper-2", "xac-nhan.pdf", "application/pdf", PDF))),
                400,
                "dossier.document-type-unsupported");
        assertProblem(
                multipart(
                        CITIZEN,
                        dossierPart("online", ""),
                        List.of(
                                file("paper-1", "to-khai.pdf", "application/pdf", new byte[0]),
                                file("paper-2", "xac-nhan.pdf", "application/pdf", PDF))),
                400,
                "dossier.document-empty");
        assertProblem(
                multipart(
                        CITIZEN,
                        dossierPart("online", ""),
                        List.of(
                                file("paper-1", "to-khai.pdf", "application/pdf", PNG),
                                file("paper-2", "xac-nhan.pdf", "application/pdf", PDF))),
                400,
                "dossier.document-type-mismatch");
        assertThat(written()).isEqualTo(before);
    }

    @Test
    void officeFilesAreRecognisedByTheirContainerAndDeclaredKind() throws Exception {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Tờ khai");
            document.write(docx);
        }
        String wordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        HttpResponse<String> accepted = multipart(
                CITIZEN,
                dossierPart("online", ""),
                List.of(
                        file("paper-1", "to-khai.docx", wordType, docx.toByteArray()),
                        file("paper-2", "xac-nhan.pdf", "application/pdf", PDF)));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        assertThat(storedDocuments(Api.json(accepted).get("code").asString())
                        .get(0)
                        .get("media_type"))
                .isEqualTo(wordType);

        assertProblem(
                multipart(
                        CITIZEN,
                        dossierPart("online", ""),
                        List.of(
                                file("paper-1", "to-khai.pdf", "application/pdf", docx.toByteArray()),
                                file("paper-2", "xac-nhan.pdf", "application/pdf", PDF))),
                400,
                "dossier.document-type-mismatch");
    }

    @Test
    void filesOverTheLimitAreRefusedWith413() {
        Map<String, Long> before = written();
        byte[] big = new byte[11 * 1024 * 1024];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        HttpResponse<String> tooBig = api().send(DossierIntegrationTests.as(CITIZEN, api().request("/api/v1/dossiers"))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(DossierIntegrationTests.submission("online")
                        .replace(
                                vn.haicap.support.Pdfs.base64(PDF),
                                Base64.getEncoder().encodeToString(big))))
                .build());
        assertProblem(tooBig, 413, "dossier.document-too-large");
        assertThat(Api.json(tooBig).get("detail").asString())
                .contains("to-khai.pdf")
                .contains("10 MB");

        assertProblem(
                multipart(
                        CITIZEN,
                        dossierPart("online", ""),
                        List.of(
                                file("paper-1", "to-khai.pdf", "application/pdf", big),
                                file("paper-2", "xac-nhan.pdf", "application/pdf", PDF))),
                413,
                "dossier.document-too-large");

        byte[] nine = new byte[9 * 1024 * 1024];
        System.arraycopy(PDF, 0, nine, 0, PDF.length);
        List<Part> many = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            many.add(file("paper-" + (1 + i % 2), "trang-" + i + ".pdf", "application/pdf", nine));
        }
        assertProblem(multipart(CITIZEN, dossierPart("online", ""), many), 413, "dossier.submission-too-large");
        assertThat(written()).isEqualTo(before);
    }

    @Test
    void missingPapersAreAllListedAtOnce() {
        Map<String, Long> before = written();
        HttpResponse<String> response = api().send(
                        DossierIntegrationTests.as(CITIZEN, api().request("/api/v1/dossiers"))
                                .header("Content-Type", "application/json")
                                .header("Accept-Language", "en")
                                .POST(HttpRequest.BodyPublishers.ofString(dossierPart("online", "")))
                                .build());
        assertProblem(response, 400, "dossier.papers-missing");
        JsonNode problem = Api.json(response);
        assertThat(problem.get("missingPapers")
                        .valueStream()
                        .map(m -> m.get("paper").asInt()))
                .containsExactly(1, 2);
        assertThat(problem.get("missingPapers").get(1).get("name").asString()).startsWith("Văn bản của cơ quan y tế");
        assertThat(problem.get("detail").asString()).startsWith("2 required paper(s) missing: 1. Tờ khai");

        // paper 3 (identity, shown only) is never asked for; a number outside the list is refused
        assertProblem(
                multipart(
                        CITIZEN,
                        dossierPart("online", ""),
                        List.of(
                                file("paper-1", "a.pdf", "application/pdf", PDF),
                                file("paper-2", "b.pdf", "application/pdf", PDF),
                                file("paper-4", "c.pdf", "application/pdf", PDF))),
                400,
                "dossier.paper-unknown");
        assertProblem(
                multipart(CITIZEN, dossierPart("online", ""), List.of(file("scan", "a.pdf", "application/pdf", PDF))),
                400,
                "dossier.part-unknown");
        assertThat(written()).isEqualTo(before);
    }

    @Test
    void earlierDocumentsAreListedAndReusedButNeverAnotherPersons() {
        String first = Api.json(json(CITIZEN, DossierIntegrationTests.submission("online")))
                .get("code")
                .asString();
        JsonNode mine = Api.json(get(CITIZEN, "/api/v1/my/documents"));
        JsonNode declaration = mine.valueStream()
                .filter(d -> d.get("dossier").asString().equals(first)
                        && d.get("paper").asInt() == 1)
                .findFirst()
                .orElseThrow();
        JsonNode evidence = mine.valueStream()
                .filter(d -> d.get("dossier").asString().equals(first)
                        && d.get("paper").asInt() == 2)
                .findFirst()
                .orElseThrow();
        assertThat(declaration.get("paperName").asString()).startsWith("Tờ khai");

        HttpResponse<String> reused = json(
                CITIZEN,
                dossierPart(
                        "online",
                        ", \"reuseDocuments\": [{\"id\": %d, \"paper\": 1}, {\"id\": %d, \"paper\": 2}, %d]"
                                .formatted(
                                        declaration.get("id").asLong(),
                                        evidence.get("id").asLong(),
                                        declaration.get("id").asLong())));
        assertThat(reused.statusCode()).as(reused.body()).isEqualTo(201);
        List<Map<String, Object>> documents =
                storedDocuments(Api.json(reused).get("code").asString());
        assertThat(documents).extracting(d -> d.get("paper")).containsExactly(1, 2, null);
        assertThat(documents)
                .extracting(d -> ((Number) d.get("reused_from")).longValue())
                .containsExactly(
                        declaration.get("id").asLong(),
                        evidence.get("id").asLong(),
                        declaration.get("id").asLong());
        assertThat(Api.json(get(CITIZEN, "/api/v1/my/documents"))
                        .valueStream()
                        .filter(d -> d.get("dossier")
                                .asString()
                                .equals(Api.json(reused).get("code").asString())))
                .as("re-used copies are not listed again")
                .isEmpty();

        Map<String, Long> before = written();
        assertProblem(
                json(
                        BUSINESS,
                        dossierPart(
                                "online",
                                ", \"reuseDocuments\": [{\"id\": %d, \"paper\": 1}, {\"id\": %d, \"paper\": 2}]"
                                        .formatted(
                                                declaration.get("id").asLong(),
                                                evidence.get("id").asLong()))),
                400,
                "dossier.document-not-reusable");
        assertThat(written()).isEqualTo(before);
        assertThat(Api.json(get(BUSINESS, "/api/v1/my/documents"))
                        .valueStream()
                        .map(d -> d.get("id").asLong()))
                .doesNotContain(declaration.get("id").asLong());
        assertProblem(get(BUSINESS, "/api/v1/my/documents?applicant=citizen"), 403, "dossier.documents-forbidden");

        // the counter officer registering for the citizen lists and re-uses the citizen's documents
        assertThat(Api.json(get(COUNTER, "/api/v1/my/documents?applicant=citizen"))
                        .valueStream()
                        .map(d -> d.get("id").asLong()))
                .contains(declaration.get("id").asLong());
        HttpResponse<String> counter = json(
                COUNTER,
                dossierPart(
                                "counter",
                                ", \"reuseDocuments\": [{\"id\": %d, \"paper\": 1}, {\"id\": %d, \"paper\": 2}], \"presentedPapers\": [3]"
                                        .formatted(
                                                declaration.get("id").asLong(),
                                                evidence.get("id").asLong()))
                        .replace(
                                "\"name\": \"Trần Văn Minh\"",
                                "\"username\": \"citizen\", \"name\": \"Trần Văn Minh\""));
        assertThat(counter.statusCode()).as(counter.body()).isEqualTo(201);
        assertThat(jdbc.sql("select paper from dossier.presented_paper where dossier = :code")
                        .param("code", Api.json(counter).get("code").asString())
                        .query(Integer.class)
                        .list())
                .containsExactly(3);
        assertProblem(
                json(
                        CITIZEN,
                        DossierIntegrationTests.submission("online")
                                .replace("\"documents\"", "\"presentedPapers\": [3], \"documents\"")),
                400,
                "dossier.presented-not-allowed");
    }

    @Test
    void aPostalDossierNeedsAPostmarkThatIsNeitherFutureNorBeforeTheProcedure() {
        Map<String, Long> before = written();
        String post = DossierIntegrationTests.submission("post");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        assertProblem(json(COUNTER, post), 400, "dossier.postmark-required");
        assertProblem(
                json(
                        COUNTER,
                        post.replace("\"channel\"", "\"postmarkedOn\": \"" + today.plusDays(1) + "\", \"channel\"")),
                400,
                "dossier.postmark-in-future");
        assertProblem(
                json(COUNTER, post.replace("\"channel\"", "\"postmarkedOn\": \"2025-06-30\", \"channel\"")),
                400,
                "dossier.postmark-before-procedure");
        assertProblem(
                json(COUNTER, post.replace("\"channel\"", "\"postmarkedOn\": \"30/06/2025\", \"channel\"")),
                400,
                "dossier.date-invalid");
        assertThat(written()).isEqualTo(before);

        HttpResponse<String> accepted = json(
                COUNTER, post.replace("\"channel\"", "\"postmarkedOn\": \"" + today.minusDays(2) + "\", \"channel\""));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        assertThat(Api.json(accepted).get("status").asString()).isEqualTo("received");
        assertThat(jdbc.sql("select postmarked_on from dossier.postal_arrival where dossier = :code")
                        .param("code", Api.json(accepted).get("code").asString())
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(today.minusDays(2));
    }

    @Test
    void aResidenceInAnotherProvinceIsRefused() {
        Map<String, Long> before = written();
        assertProblem(
                json(
                        CITIZEN,
                        DossierIntegrationTests.submission("online")
                                .replace("\"channel\"", "\"residenceCommune\": \"26743\", \"channel\"")),
                400,
                "dossier.residence-outside-province");
        assertThat(written()).isEqualTo(before);
        HttpResponse<String> sameProvince = json(
                CITIZEN,
                DossierIntegrationTests.submission("online")
                        .replace("\"channel\"", "\"residenceCommune\": \"00004\", \"channel\""));
        assertThat(sameProvince.statusCode()).as(sameProvince.body()).isEqualTo(201);
    }

    @Test
    void aReplayAnswersTheFirstResultAndAReusedKeyWithAnotherRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        List<Part> files = List.of(
                file("paper-1", "to-khai.pdf", "application/pdf", PDF),
                file("paper-2", "xac-nhan.png", "image/png", PNG));
        HttpResponse<String> first = multipart(CITIZEN, dossierPart("online", ""), files, "Idempotency-Key", key);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        Map<String, Long> after = written();
        HttpResponse<String> again = multipart(CITIZEN, dossierPart("online", ""), files, "Idempotency-Key", key);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(Api.json(again)).isEqualTo(Api.json(first));

        HttpResponse<String> other = multipart(
                CITIZEN,
                dossierPart("online", ""),
                List.of(
                        file("paper-1", "to-khai.pdf", "application/pdf", PDF),
                        file("paper-2", "xac-nhan.pdf", "application/pdf", PDF)),
                "Idempotency-Key",
                key);
        assertProblem(other, 409, "dossier.idempotency-key-reused");
        assertThat(written()).isEqualTo(after);
    }

    private static byte[] exe() {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, bytes, 0x4e, stub.length);
        return bytes;
    }
}
