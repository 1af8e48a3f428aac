package vn.haicap.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.haicap.document.storage.Hashes;
import vn.haicap.support.Api;
import vn.haicap.support.HaicapIntegrationTest;
import vn.haicap.support.Pdfs;

/**
 * Papers of dossiers live in the document store: stored once by hash, in the applicant's wallet, re-used
 * by the next dossier without upload, and searchable (the dossier by a word of its PDF, without
 * diacritics) by those who may see the dossier.
 */
@HaicapIntegrationTest
class DossierPapersIntegrationTests {

    static final String CITIZEN = DossierIntegrationTests.CITIZEN;
    static final String COUNTER_HCM = DossierIntegrationTests.COUNTER_HCM;
    static final String SPECIALIST = DossierIntegrationTests.SPECIALIST;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DossierIndexing indexing;

    Api api() {
        return new Api(port);
    }

    HttpResponse<String> get(String user, String path) {
        return api().send(DossierIntegrationTests.as(user, api().request(path))
                .GET()
                .build());
    }

    HttpResponse<String> submit(String user, String json) {
        return api().send(DossierIntegrationTests.as(user, api().request("/api/v1/dossiers"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    static String submission(String documents, String reuse) {
        return """
                {"procedureCode": "%s", "channel": "online", "receivingCommune": "00004",
                 "applicant": {"name": "Nguyễn Thị Lan", "idNumber": "001190000123"},
                 "documents": [%s], "reuseDocuments": [%s]}
                """.formatted(DossierIntegrationTests.PROCEDURE, documents, reuse);
    }

    static String upload(String name, byte[] pdf, int paper) {
        return "{\"name\": \"%s\", \"mediaType\": \"application/pdf\", \"content\": \"%s\", \"paper\": %d}"
                .formatted(name, Pdfs.base64(pdf), paper);
    }

    JsonNode wallet(String user) {
        HttpResponse<String> response = get(user, "/api/v1/my/wallet");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response).get("items");
    }

    @Test
    void papersAreKeptOnceInTheDocumentStoreAndEnterTheApplicantsWallet() throws Exception {
        byte[] paper = Pdfs.page("Giay xac nhan " + UUID.randomUUID());
        String sha256 = Hashes.sha256(paper);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> response = submit(
                    CITIZEN,
                    submission(upload("to-khai.pdf", Pdfs.TO_KHAI, 1) + "," + upload("xac-nhan.pdf", paper, 2), ""));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            codes.add(Api.json(response).get("code").asString());
        }
        // the dossier keeps a reference; the bytes are one blob, the document one row for its owner
        List<UUID> ids = jdbc.sql("select document_id from dossier.document where sha256 = :sha order by id")
                .param("sha", sha256)
                .query(UUID.class)
                .list();
        assertThat(ids).hasSize(2).containsOnly(ids.get(0));
        // the same new bytes given for two papers of one submission are recorded once too
        byte[] twice = Pdfs.page("Giay xac nhan " + UUID.randomUUID());
        HttpResponse<String> both =
                submit(CITIZEN, submission(upload("a.pdf", twice, 1) + "," + upload("b.pdf", twice, 2), ""));
        assertThat(both.statusCode()).as(both.body()).isEqualTo(201);
        assertThat(jdbc.sql("select document_id from dossier.document where sha256 = :sha")
                        .param("sha", Hashes.sha256(twice))
                        .query(UUID.class)
                        .list())
                .hasSize(2)
                .containsOnly(jdbc.sql("select id from document.document where sha256 = :sha")
                        .param("sha", Hashes.sha256(twice))
                        .query(UUID.class)
                        .single());
        assertThat(jdbc.sql("select owner, kind, dossier_code, page_count from document.document where id = :id")
                        .param("id", ids.get(0))
                        .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                        .single())
                .containsExactly("citizen", "paper", codes.get(0), 1);
        Path blob = Path.of(System.getProperty("haicap.documents.dir", "data/documents"))
                .resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
        assertThat(blob).exists();
        assertThat(jdbc.sql(
                                "select count(*) from information_schema.columns"
                                        + " where table_schema = 'dossier' and table_name = 'document' and column_name = 'content'")
                        .query(Long.class)
                        .single())
                .isZero();

        assertThat(wallet(CITIZEN)
                        .valueStream()
                        .filter(entry -> entry.get("sha256").asString().equals(sha256))
                        .map(entry -> entry.get("id").asString()))
                .containsExactly(ids.get(0).toString());

        // still listed and downloadable through the dossier, as before
        JsonNode dossier = Api.json(get(CITIZEN, "/api/v1/dossiers/" + codes.get(1)));
        JsonNode document = dossier.get("documents")
                .valueStream()
                .filter(d -> d.get("sha256").asString().equals(sha256))
                .findFirst()
                .orElseThrow();
        HttpResponse<byte[]> bytes = getBytes(
                CITIZEN,
                "/api/v1/dossiers/" + codes.get(1) + "/documents/"
                        + document.get("id").asLong());
        assertThat(bytes.statusCode()).isEqualTo(200);
        assertThat(bytes.body()).isEqualTo(paper);
    }

    @Test
    void aWalletPaperIsAttachedToTheNextDossierWithoutUpload() {
        byte[] paper = Pdfs.page("To khai " + UUID.randomUUID());
        String sha256 = Hashes.sha256(paper);
        HttpResponse<String> first = submit(
                CITIZEN,
                submission(upload("to-khai.pdf", paper, 1) + "," + upload("xac-nhan.pdf", Pdfs.XAC_NHAN, 2), ""));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        String walletId = wallet(CITIZEN)
                .valueStream()
                .filter(entry -> entry.get("sha256").asString().equals(sha256))
                .map(entry -> entry.get("id").asString())
                .findFirst()
                .orElseThrow();

        HttpResponse<String> second = submit(
                CITIZEN,
                submission(
                        upload("xac-nhan.pdf", Pdfs.XAC_NHAN, 2),
                        "{\"id\": \"%s\", \"paper\": 1}".formatted(walletId)));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        JsonNode reused = Api.json(get(
                        CITIZEN,
                        "/api/v1/dossiers/" + Api.json(second).get("code").asString()))
                .get("documents")
                .valueStream()
                .filter(d -> d.get("sha256").asString().equals(sha256))
                .findFirst()
                .orElseThrow();
        assertThat(reused.get("reusedFrom").isNull()).isFalse();
        assertThat(reused.get("paperName").asString()).isNotBlank();

        // someone else's wallet entry, or nonsense, is refused
        HttpResponse<String> foreign = submit(
                "business:Demo-business-2025",
                submission(
                        upload("xac-nhan.pdf", Pdfs.XAC_NHAN, 2),
                        "{\"id\": \"%s\", \"paper\": 1}".formatted(walletId)));
        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(400);
        assertThat(Api.json(foreign).get("code").asString()).isEqualTo("dossier.document-not-reusable");
        HttpResponse<String> nonsense = submit(
                CITIZEN, submission(upload("xac-nhan.pdf", Pdfs.XAC_NHAN, 2), "{\"id\": \"../x\", \"paper\": 1}"));
        assertThat(nonsense.statusCode()).as(nonsense.body()).isEqualTo(400);
        assertThat(Api.json(nonsense).get("code").asString()).isEqualTo("dossier.document-not-reusable");
    }

    @Test
    void searchFindsADossierByAWordOfItsPdfTypedWithoutDiacriticsForThoseWhoMaySeeIt() {
        String word = "Thượngcát" + (1000 + new java.util.Random().nextInt(9000));
        byte[] paper = Pdfs.page("Giấy chứng nhận quyền sử dụng đất", "Thửa đất tại phường " + word);
        HttpResponse<String> response = submit(
                CITIZEN,
                submission(upload("to-khai.pdf", Pdfs.TO_KHAI, 1) + "," + upload("giay-chung-nhan.pdf", paper, 2), ""));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String code = Api.json(response).get("code").asString();
        String query = "thuongcat" + word.substring("Thượngcát".length());

        JsonNode hits = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> search(SPECIALIST, query),
                        page -> page.get("total").asLong() > 0);
        JsonNode dossier = hits.get("items")
                .valueStream()
                .filter(item -> item.get("kind").asString().equals("dossier"))
                .findFirst()
                .orElseThrow();
        assertThat(dossier.get("id").asString()).isEqualTo(code);
        assertThat(dossier.get("title").asString()).contains(code);
        assertThat(dossier.get("snippet").asString()).contains("<mark>" + word + "</mark>");

        // the applicant finds it too, by the dossier's code; an officer of another province does not
        assertThat(search(CITIZEN, code)
                        .get("items")
                        .valueStream()
                        .map(item -> item.get("id").asString()))
                .contains(code);
        assertThat(search(COUNTER_HCM, query).get("total").asLong()).isZero();
        assertThat(search("business:Demo-business-2025", query).get("total").asLong())
                .isZero();
    }

    @Test
    void aDossierLeftOutOfTheSearchIndexByACrashIsIndexedAtTheNextStartIfSubmittedSinceTheWatermark() {
        HttpResponse<String> response = submit(
                CITIZEN,
                submission(upload("to-khai.pdf", Pdfs.TO_KHAI, 1) + "," + upload("xac-nhan.pdf", Pdfs.TO_KHAI, 2), ""));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String code = Api.json(response).get("code").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> indexed(code));
        // as if the server had stopped between the submission's commit and its indexing
        jdbc.sql("delete from document.search_item where kind = 'dossier' and id = :code")
                .param("code", code)
                .update();
        java.time.OffsetDateTime submitted = jdbc.sql("select submitted_at from dossier.dossier where code = :code")
                .param("code", code)
                .query(java.time.OffsetDateTime.class)
                .single();

        setWatermark(submitted.plusSeconds(1));
        indexing.recover();
        assertThat(indexed(code))
                .as("submitted before the watermark: already handed over")
                .isFalse();

        setWatermark(submitted.minusMinutes(10));
        indexing.recover();
        assertThat(indexed(code)).isTrue();
    }

    @Test
    void dossiersIndexedInOneBatchEachGetTheirOwnPapersAndAGoneOneLeavesTheIndex() {
        int seed = 1000 + new java.util.Random().nextInt(9000);
        List<String> codes = new java.util.ArrayList<>();
        for (String place : List.of("Bắcsơn", "Namsơn", "Đôngsơn")) {
            byte[] paper = Pdfs.page("Giấy xác nhận", "Thôn " + place + seed);
            HttpResponse<String> response = submit(
                    CITIZEN,
                    submission(upload("to-khai.pdf", Pdfs.TO_KHAI, 1) + "," + upload("xac-nhan.pdf", paper, 2), ""));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            codes.add(Api.json(response).get("code").asString());
        }
        codes.forEach(code -> await().atMost(Duration.ofSeconds(30)).until(() -> indexed(code)));
        jdbc.sql("delete from document.search_item where kind = 'dossier' and id = any(:codes)")
                .param("codes", codes.toArray(String[]::new))
                .update();
        jdbc.sql("insert into document.search_item (kind, id, title, body, folded_title, folded)"
                        + " values ('dossier', 'H99.99-991231-9999', 't', 'b', 't', 'b') on conflict do nothing")
                .update();

        List<String> batch = new java.util.ArrayList<>(codes);
        batch.add(codes.get(0));
        batch.add("H99.99-991231-9999");
        indexing.index(batch);

        assertThat(indexed("H99.99-991231-9999"))
                .as("no such dossier: its item is removed")
                .isFalse();
        List<String> bodies = codes.stream()
                .map(code -> jdbc.sql("select folded from document.search_item where kind = 'dossier' and id = :code")
                        .param("code", code)
                        .query(String.class)
                        .single())
                .toList();
        assertThat(bodies.get(0)).contains("bacson" + seed).doesNotContain("namson" + seed, "dongson" + seed);
        assertThat(bodies.get(1)).contains("namson" + seed).doesNotContain("bacson" + seed, "dongson" + seed);
        assertThat(bodies.get(2)).contains("dongson" + seed).doesNotContain("bacson" + seed, "namson" + seed);
        assertThat(bodies).allSatisfy(body -> assertThat(body).contains("to khai dang ky thuong tru"));
    }

    private boolean indexed(String code) {
        return jdbc.sql("select count(*) from document.search_item where kind = 'dossier' and id = :code")
                        .param("code", code)
                        .query(Long.class)
                        .single()
                == 1;
    }

    private void setWatermark(java.time.OffsetDateTime at) {
        jdbc.sql("update dossier.search_watermark set indexed_before = :at")
                .param("at", at)
                .update();
    }

    @Test
    void badPapersAreRefusedWithAClearMessageAndNothingIsWritten() throws Exception {
        long dossiers = count("dossier.dossier");
        long papers = count("dossier.document");
        long documents = count("document.document");
        byte[] truncated = java.util.Arrays.copyOf(Pdfs.TO_KHAI, Pdfs.TO_KHAI.length / 2);
        java.util.Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put(
                upload("to-khai.pdf", vn.haicap.document.inspection.TestFiles.encryptedPdf("mat khau"), 1),
                "document.pdf-encrypted");
        refused.put(upload("to-khai.pdf", truncated, 1), "document.corrupt");
        refused.put(upload("to-khai\u202Efdp.exe.pdf", Pdfs.TO_KHAI, 1), "document.name-invalid");
        refused.put(
                "{\"name\": \"anh.png\", \"mediaType\": \"image/png\", \"content\": \"%s\", \"paper\": 1}"
                        .formatted(Pdfs.base64(Pdfs.TO_KHAI)),
                "dossier.document-type-mismatch");
        refused.put(
                "{\"name\": \"bang-ke.docx\", \"content\": \"%s\", \"paper\": 1}"
                        .formatted(Pdfs.base64(vn.haicap.document.inspection.TestFiles.zipBomb(300))),
                "document.archive-bomb");
        for (var entry : refused.entrySet()) {
            HttpResponse<String> response =
                    submit(CITIZEN, submission(entry.getKey() + "," + upload("xac-nhan.pdf", Pdfs.XAC_NHAN, 2), ""));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            JsonNode problem = Api.json(response);
            assertThat(problem.get("code").asString()).isEqualTo(entry.getValue());
            assertThat(problem.get("detail").asString()).isNotBlank();
        }
        assertThat(List.of(count("dossier.dossier"), count("dossier.document"), count("document.document")))
                .containsExactly(dossiers, papers, documents);
    }

    @Test
    void aTwoGigabyteSubmissionIsRefusedBeforeItIsRead() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            String auth = java.util.Base64.getEncoder()
                    .encodeToString("citizen:Demo-citizen-2025".getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream()
                    .write(("POST /api/v1/dossiers HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth
                                    + "\r\nContent-Type: application/json\r\nContent-Length: 2147483648\r\n"
                                    + "Expect: 100-continue\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            java.io.BufferedReader in = new java.io.BufferedReader(
                    new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String status = in.readLine();
            if (status.startsWith("HTTP/1.1 100")) {
                // Tomcat may say "100 Continue" at once; the body is still never read
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

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void theBenchmarkSubmitsWhatTheTestsSubmit() throws Exception {
        Path bench = Path.of("bench/intake/submission.json");
        JsonNode expected = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(DossierIntegrationTests.submission("online"));
        JsonNode actual =
                tools.jackson.databind.json.JsonMapper.builder().build().readTree(Files.readString(bench));
        assertThat(actual).isEqualTo(expected);
    }

    HttpResponse<byte[]> getBytes(String user, String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        DossierIntegrationTests.as(user, api().request(path))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    JsonNode search(String user, String query) {
        HttpResponse<String> response =
                get(user, "/api/v1/search?size=50&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response);
    }
}
