package vn.haicap.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.haicap.calendar.CalendarDay;
import vn.haicap.calendar.Deadline;
import vn.haicap.calendar.WorkingCalendar;
import vn.haicap.support.Api;
import vn.haicap.support.HaicapIntegrationTest;
import vn.haicap.support.TestMailServer;

@HaicapIntegrationTest
class DossierIntegrationTests {

    static final String CITIZEN = "citizen:Demo-citizen-2025";
    static final String COUNTER = "counter.hanoi:Demo-counter-2025";
    static final String SPECIALIST = "specialist.hanoi:Demo-specialist-2025";
    static final String LEADER = "leader.hanoi:Demo-leader-2025";
    static final String COUNTER_HCM = "counter.hcm:Demo-counter-2025";
    /** Registration of parent-child recognition: 3 working days, commune level, receivable anywhere in the province. */
    static final String PROCEDURE = "1.001022";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkingCalendar calendar;

    Api api() {
        return new Api(port);
    }

    /**
     * A complete submission of {@link #PROCEDURE}: its required papers 1 and 2 as small PDFs (paper 3, the
     * identity paper, is only shown).
     */
    static String submission(String channel) {
        return """
                {"procedureCode": "%s", "channel": "%s", "receivingCommune": "00004",
                 "applicant": {"name": "Nguyễn Thị Lan", "idNumber": "001190000123", "address": "12 Phố Huế, Hà Nội",
                               "email": "lan@example.vn", "phone": "0912345678"},
                 "documents": [{"name": "to-khai.pdf", "mediaType": "application/pdf", "content": "%s", "paper": 1},
                               {"name": "xac-nhan.pdf", "mediaType": "application/pdf", "content": "%s", "paper": 2}]}
                """.formatted(
                        PROCEDURE,
                        channel,
                        vn.haicap.support.Pdfs.base64(vn.haicap.support.Pdfs.TO_KHAI),
                        vn.haicap.support.Pdfs.base64(vn.haicap.support.Pdfs.XAC_NHAN));
    }

    HttpResponse<String> post(String user, String path, String json, String... headers) {
        HttpRequest.Builder request = as(user, api().request(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return api().send(request.build());
    }

    HttpResponse<String> get(String user, String path) {
        return api().send(as(user, api().request(path)).GET().build());
    }

    HttpResponse<byte[]> getBytes(String user, String path) {
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(as(user, api().request(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpRequest.Builder as(String user, HttpRequest.Builder request) {
        String[] parts = user.split(":", 2);
        return Api.basic(request, parts[0], parts[1]);
    }

    JsonNode submitOnline() {
        HttpResponse<String> response = post(
                CITIZEN,
                "/api/v1/dossiers",
                submission("online"),
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Api.json(response);
    }

    JsonNode act(String user, String code, String action, String reason) {
        int version =
                Api.json(get(user, "/api/v1/dossiers/" + code)).get("version").asInt();
        HttpResponse<String> response = transition(user, code, action, reason, version);
        assertThat(response.statusCode()).as(action + " " + response.body()).isEqualTo(200);
        return Api.json(response);
    }

    HttpResponse<String> transition(String user, String code, String action, String reason, int version) {
        String body = reason == null
                ? "{\"action\":\"%s\",\"version\":%d}".formatted(action, version)
                : "{\"action\":\"%s\",\"reason\":\"%s\",\"version\":%d}".formatted(action, reason, version);
        return post(user, "/api/v1/dossiers/" + code + "/transitions", body);
    }

    static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(Api.json(response).get("code").asString()).isEqualTo(code);
    }

    long citizenDossiers() {
        return jdbc.sql("select count(*) from dossier.dossier where applicant_username = 'citizen'")
                .query(Long.class)
                .single();
    }

    @Test
    void anOnlineSubmissionGetsItsCodeAndCheckCodeButNoClockUntilReceipt() {
        JsonNode created = submitOnline();
        assertThat(created.get("code").asString()).matches("^H01\\.00004-\\d{6}-\\d{4,}$");
        assertThat(created.get("status").asString()).isEqualTo("submitted");
        assertThat(created.has("receivedAt")).isTrue();
        assertThat(created.get("receivedAt").isNull()).isTrue();
        assertThat(created.get("dueAt").isNull()).isTrue();
        assertThat(created.get("checkCode").asString()).hasSize(6);
    }

    @Test
    void theSameIdempotencyKeyNeverMakesTwoDossiersEvenConcurrently() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = citizenDossiers();
        HttpResponse<String> first = post(CITIZEN, "/api/v1/dossiers", submission("online"), "Idempotency-Key", key);
        HttpResponse<String> again = post(CITIZEN, "/api/v1/dossiers", submission("online"), "Idempotency-Key", key);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(Api.json(again)).isEqualTo(Api.json(first));
        assertThat(citizenDossiers()).isEqualTo(before + 1);

        String concurrentKey = UUID.randomUUID().toString();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> racing = List.of(1, 2, 3).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return post(CITIZEN, "/api/v1/dossiers", submission("online"), "Idempotency-Key", concurrentKey);
                }))
                .toList();
        start.countDown();
        List<HttpResponse<String>> responses =
                racing.stream().map(CompletableFuture::join).toList();
        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(201));
        assertThat(responses.stream()
                        .map(r -> Api.json(r).get("code").asString())
                        .distinct())
                .hasSize(1);
        assertThat(citizenDossiers()).isEqualTo(before + 2);
    }

    @Test
    void receiptFixesAnAppointmentInWorkingTimeThatSkipsHolidays() {
        String code = submitOnline().get("code").asString();
        JsonNode received = act(COUNTER, code, "receive", null);
        assertThat(received.get("status").asString()).isEqualTo("received");
        assertThat(received.get("receivingCommuneName").asString()).isEqualTo("Phường Ba Đình");
        OffsetDateTime receivedAt =
                OffsetDateTime.parse(received.get("receivedAt").asString());
        OffsetDateTime dueAt = OffsetDateTime.parse(received.get("dueAt").asString());
        Deadline expected = calendar.dueInWorkingDays(receivedAt, 3, null);
        assertThat(dueAt).isEqualTo(expected.due());
        assertThat(received.get("calendarRevision").asLong()).isEqualTo(expected.calendarRevision());
        List<String> skipped = received.get("holidaysSkipped")
                .valueStream()
                .map(JsonNode::asString)
                .toList();
        assertThat(skipped)
                .isEqualTo(expected.skippedDays().stream()
                        .map(CalendarDay::date)
                        .map(LocalDate::toString)
                        .toList());
        // three working days of 8 hours never fit in less than three calendar days
        assertThat(Duration.between(receivedAt, dueAt)).isGreaterThanOrEqualTo(Duration.ofDays(2));
        LocalDate cultureDay = LocalDate.of(2026, 11, 24);
        if (receivedAt.toLocalDate().isBefore(cultureDay) && dueAt.toLocalDate().isAfter(cultureDay)) {
            assertThat(skipped).contains("2026-11-24");
        }
        assertThat(received.get("timeline")
                        .valueStream()
                        .map(t -> t.get("action").asString()))
                .containsExactly("submit", "receive");
    }

    @Test
    void aCounterOfficerRegistersACounterDossierThatIsReceivedAtOnce() {
        HttpResponse<String> response = post(
                COUNTER,
                "/api/v1/dossiers",
                submission("counter"),
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode created = Api.json(response);
        assertThat(created.get("status").asString()).isEqualTo("received");
        assertThat(created.get("receivedAt").isNull()).isFalse();
        assertThat(created.get("dueAt").isNull()).isFalse();
    }

    @Test
    void aTransitionWritesItsOwnRowsAndNothingInTheEventRegistry() {
        long publications = jdbc.sql("select count(*) from event_publication")
                .query(Long.class)
                .single();
        String code = submitOnline().get("code").asString();
        act(COUNTER, code, "receive", null);

        assertThat(jdbc.sql("select count(*) from dossier.transition where dossier = :code")
                        .param("code", code)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        // the report's and the search index's follow-ups are in memory after commit, not in Modulith's registry
        assertThat(jdbc.sql("select count(*) from event_publication")
                        .query(Long.class)
                        .single())
                .isEqualTo(publications);
    }

    @Test
    void anOfficerOfAnotherProvinceNeitherSeesNorActsOnTheDossier() {
        String code = submitOnline().get("code").asString();
        assertProblem(get(COUNTER_HCM, "/api/v1/dossiers/" + code), 404, "dossier.not-found");
        assertProblem(transition(COUNTER_HCM, code, "receive", null, 1), 404, "dossier.not-found");
        assertThat(get(COUNTER_HCM, "/api/v1/dossiers?size=500").body()).doesNotContain(code);
        assertThat(get(COUNTER, "/api/v1/dossiers?queue=mine&size=500").body()).contains(code);
        assertProblem(
                post(COUNTER_HCM, "/api/v1/dossiers", submission("counter")), 403, "dossier.outside-jurisdiction");
        assertProblem(
                get(
                        CITIZEN.replace("citizen:", "business:").replace("Demo-citizen", "Demo-business"),
                        "/api/v1/dossiers/" + code),
                404,
                "dossier.not-found");
    }

    @Test
    void aStaleVersionIsRefused() {
        String code = submitOnline().get("code").asString();
        act(COUNTER, code, "receive", null);
        assertProblem(transition(COUNTER, code, "start_processing", null, 1), 409, "dossier.version-stale");
    }

    @Test
    void illegalTransitionsWrongRolesAndMissingReasonsAreRefusedWithTheirCodes() {
        String code = submitOnline().get("code").asString();
        assertProblem(transition(LEADER, code, "extend", "late", 1), 409, "dossier.transition-not-allowed");
        assertProblem(transition(CITIZEN, code, "receive", null, 1), 403, "dossier.step-role-required");
        assertProblem(transition(COUNTER, code, "refuse", null, 1), 400, "dossier.reason-required");
        assertProblem(transition(COUNTER, code, "fly", null, 1), 400, "dossier.action-unknown");
        assertThat(Api.json(get(CITIZEN, "/api/v1/dossiers/" + code))
                        .get("status")
                        .asString())
                .isEqualTo("submitted");
    }

    @Test
    void aSupplementDuringProcessingPausesTheClockOnlyOnce() throws Exception {
        String code = submitOnline().get("code").asString();
        act(COUNTER, code, "receive", null);
        act(COUNTER, code, "start_processing", null);
        JsonNode paused = act(SPECIALIST, code, "request_supplement", "Thiếu giấy xác nhận chỗ ở hợp pháp");
        assertThat(paused.get("status").asString()).isEqualTo("supplement_in_process");
        assertThat(paused.get("paused").asBoolean()).isTrue();
        long remaining = paused.get("pausedRemainingMinutes").asLong();
        assertThat(remaining).isPositive().isLessThanOrEqualTo(3 * 480);
        assertThat(paused.get("allowedActions").valueStream().map(JsonNode::asString))
                .doesNotContain("complete");

        assertThat(pdfText(CITIZEN, code, "supplement")).contains(code, "Thiếu giấy xác nhận chỗ ở hợp pháp");
        JsonNode resumed = act(CITIZEN, code, "supplement", null);
        assertThat(resumed.get("status").asString()).isEqualTo("in_process");
        OffsetDateTime resumedAt =
                OffsetDateTime.parse(resumed.get("timeline").get(4).get("at").asString());
        assertThat(OffsetDateTime.parse(resumed.get("dueAt").asString()))
                .isEqualTo(calendar.due(resumedAt, Duration.ofMinutes(remaining), null)
                        .due());
        assertProblem(
                transition(
                        SPECIALIST,
                        code,
                        "request_supplement",
                        "Again",
                        resumed.get("version").asInt()),
                409,
                "dossier.supplement-only-once");
    }

    @Test
    void theHappyPathEndsReturnedWithSlipsAndAnApology() throws Exception {
        String code = submitOnline().get("code").asString();
        act(COUNTER, code, "receive", null);
        act(COUNTER, code, "start_processing", null);
        act(SPECIALIST, code, "complete", null);
        act(LEADER, code, "complete", "Đã xem xét");
        JsonNode extended = act(LEADER, code, "extend", "Cần xác minh thêm", 2);
        assertThat(extended.get("extensionReason").asString()).isEqualTo("Cần xác minh thêm");
        assertThat(OffsetDateTime.parse(extended.get("dueAt").asString()))
                .isAfter(OffsetDateTime.parse(extended.get("originalDueAt").asString()));
        act(LEADER, code, "approve", null);
        JsonNode issued = act(COUNTER, code, "issue_result", null);
        JsonNode returned = act(COUNTER, code, "return", null);
        assertThat(returned.get("status").asString()).isEqualTo("returned");
        // an answer is the dossier as a later read shows it, though a transition does not read it again
        JsonNode read = Api.json(get(COUNTER, "/api/v1/dossiers/" + code));
        for (String field : List.of(
                "version", "status", "timeline", "documents", "resultCode", "receivedAt", "dueAt", "finishedAt")) {
            assertThat(returned.get(field)).as(field).isEqualTo(read.get(field));
        }
        assertThat(issued.get("resultCode").asString())
                .isNotBlank()
                .isEqualTo(read.get("resultCode").asString());
        assertThat(issued.get("timeline").size()).isEqualTo(read.get("timeline").size() - 1);
        assertThat(returned.get("timeline")
                        .valueStream()
                        .map(t -> t.get("action").asString()))
                .containsExactly(
                        "submit",
                        "receive",
                        "start_processing",
                        "complete",
                        "complete",
                        "extend",
                        "approve",
                        "issue_result",
                        "return");
        assertThat(returned.get("timeline").get(1).get("actor").asString()).isEqualTo("counter.hanoi");
        assertThat(returned.get("documents").get(0).get("name").asString()).isEqualTo("to-khai.pdf");

        assertThat(pdfText(CITIZEN, code, "receipt"))
                .contains(code, "Nguyễn Thị Lan", "GIẤY TIẾP NHẬN", "Bộ phận Một cửa Phường Ba Đình")
                // each file under the required paper it answers
                .contains("Tờ khai đăng ký nhận cha, mẹ, con (to-khai.pdf)");
        assertThat(pdfText(COUNTER, code, "apology")).contains(code, "Cần xác minh thêm");
        assertThat(pdfText(LEADER, code, "control"))
                .contains(code, "counter.hanoi", "leader.hanoi", "nơi tiếp nhận Phường Ba Đình")
                // statuses by their Vietnamese names, not their keys
                .contains("Đã tiếp nhận", "Đang xử lý")
                .doesNotContain("in_process", "(submitted");
        // the audit log is written after commit, asynchronously
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.sql(
                                        "select count(*) from audit.audit_entry where subject_type = 'dossier' and subject_id = :code")
                                .param("code", code)
                                .query(Long.class)
                                .single())
                        .isEqualTo(9));
    }

    JsonNode act(String user, String code, String action, String reason, int extraWorkingDays) {
        int version =
                Api.json(get(user, "/api/v1/dossiers/" + code)).get("version").asInt();
        HttpResponse<String> response = post(
                user,
                "/api/v1/dossiers/" + code + "/transitions",
                "{\"action\":\"%s\",\"reason\":\"%s\",\"version\":%d,\"extraWorkingDays\":%d}"
                        .formatted(action, reason, version, extraWorkingDays));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response);
    }

    String pdfText(String user, String code, String slip) throws Exception {
        HttpResponse<byte[]> response = getBytes(user, "/api/v1/dossiers/" + code + "/slips/" + slip + ".pdf");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void publicTrackingShowsPersonalDataOnlyWithTheCheckCode() throws Exception {
        JsonNode created = submitOnline();
        String code = created.get("code").asString();
        act(COUNTER, code, "refuse", "Hồ sơ không thuộc thẩm quyền");

        assertThat(pdfText(CITIZEN, code, "refusal")).contains(code, "Hồ sơ không thuộc thẩm quyền");
        assertThat(getBytes(CITIZEN, "/api/v1/dossiers/" + code + "/slips/receipt.pdf")
                        .statusCode())
                .isEqualTo(409);

        JsonNode anonymous = Api.json(api().get("/api/v1/tracking/" + code));
        assertThat(anonymous.get("status").asString()).isEqualTo("refused");
        assertThat(anonymous.get("personalDataShown").asBoolean()).isFalse();
        assertThat(anonymous.get("applicantName").isNull()).isTrue();
        assertThat(anonymous.toString()).doesNotContain("Nguyễn Thị Lan", "001190000123", "không thuộc thẩm quyền");

        JsonNode wrong = Api.json(api().get("/api/v1/tracking/" + code + "?check=AAAAAA"));
        assertThat(wrong.get("personalDataShown").asBoolean()).isFalse();

        JsonNode owner = Api.json(api().get("/api/v1/tracking/" + code + "?check="
                + created.get("checkCode").asString()));
        assertThat(owner.get("personalDataShown").asBoolean()).isTrue();
        JsonNode olderPath = Api.json(api().get("/api/v1/public/dossiers/" + code + "?checkCode="
                + created.get("checkCode").asString()));
        assertThat(olderPath.get("applicantName").asString()).isEqualTo("Nguyễn Thị Lan");
        assertThat(owner.get("applicantName").asString()).isEqualTo("Nguyễn Thị Lan");

        assertProblem(api().get("/api/v1/tracking/H01.00004-200101-9999"), 404, "dossier.not-found");
    }

    @Test
    void theApplicantSeesTheirDossiersAndWithdraws() {
        String code = submitOnline().get("code").asString();
        assertThat(get(CITIZEN, "/api/v1/my/dossiers?size=500").body()).contains(code);
        JsonNode withdrawn = act(CITIZEN, code, "withdraw", "Không còn nhu cầu");
        assertThat(withdrawn.get("status").asString()).isEqualTo("stopped");
        assertProblem(get(CITIZEN, "/api/v1/dossiers?queue=mine"), 403, "dossier.queue-forbidden");
    }

    @Test
    void queuesFlagDueSoonAndOverdueDossiersAndAskForAnApology() {
        String late = submitOnline().get("code").asString();
        act(COUNTER, late, "receive", null);
        String soon = submitOnline().get("code").asString();
        act(COUNTER, soon, "receive", null);
        // fixtures: move the appointments, as time passing would
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("update dossier.dossier set due_at = :due where code = :code")
                .param("due", now.minusHours(1))
                .param("code", late)
                .update();
        jdbc.sql("update dossier.dossier set due_at = :due where code = :code")
                .param("due", calendar.due(now, Duration.ofMinutes(60), null).due())
                .param("code", soon)
                .update();

        String overdue = get(COUNTER, "/api/v1/dossiers?queue=overdue&size=500").body();
        assertThat(overdue).contains(late).doesNotContain(soon);
        String dueSoon =
                get(COUNTER, "/api/v1/dossiers?queue=due_soon&size=500").body();
        assertThat(dueSoon).contains(soon).doesNotContain(late);
        assertThat(get(COUNTER_HCM, "/api/v1/dossiers?queue=overdue&size=500").body())
                .doesNotContain(late);

        JsonNode lateDossier = Api.json(get(COUNTER, "/api/v1/dossiers/" + late));
        assertThat(lateDossier.get("overdue").asBoolean()).isTrue();
        assertThat(lateDossier.get("apologyRequired").asBoolean()).isTrue();
        assertThat(Api.json(get(COUNTER, "/api/v1/dossiers/" + soon))
                        .get("dueSoon")
                        .asBoolean())
                .isTrue();

        JsonNode extended = act(LEADER, late, "extend", "Chờ kết quả xác minh", 3);
        assertThat(extended.get("apologyRequired").asBoolean()).isFalse();
        assertThat(extended.get("overdue").asBoolean()).isFalse();

        String searched =
                get(COUNTER, "/api/v1/dossiers?q=" + late + "&size=500").body();
        assertThat(Api.json(get(COUNTER, "/api/v1/dossiers?q=" + late))
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(searched).contains(late);
    }

    @Test
    void theApplicantReusesAPaperFromAnEarlierDossier() {
        String first = submitOnline().get("code").asString();
        JsonNode documents = Api.json(get(CITIZEN, "/api/v1/dossiers/" + first)).get("documents");
        JsonNode document = documents.get(0);
        String body = """
                {"procedureCode": "%s", "channel": "online", "receivingCommune": "00004",
                 "applicant": {"name": "Nguyễn Thị Lan"},
                 "reuseDocuments": [{"id": %d, "paper": 1}, {"id": %d, "paper": 2}]}
                """.formatted(
                        PROCEDURE,
                        document.get("id").asLong(),
                        documents.get(1).get("id").asLong());
        HttpResponse<String> response = post(CITIZEN, "/api/v1/dossiers", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode reused = Api.json(get(
                        CITIZEN,
                        "/api/v1/dossiers/" + Api.json(response).get("code").asString()))
                .get("documents")
                .get(0);
        assertThat(reused.get("sha256").asString())
                .isEqualTo(document.get("sha256").asString());
        assertThat(reused.get("reusedFrom").asLong())
                .isEqualTo(document.get("id").asLong());

        HttpResponse<String> foreign =
                post("business:Demo-business-2025", "/api/v1/dossiers", body.replace("Nguyễn Thị Lan", "Công ty A"));
        assertProblem(foreign, 400, "dossier.document-not-reusable");
    }

    @Test
    void refusesUnsupportedDocumentsAndUnknownCommunes() {
        assertProblem(
                post(
                        CITIZEN,
                        "/api/v1/dossiers",
                        submission("online").replace("application/pdf", "application/x-msdownload")),
                400,
                "dossier.document-type-unsupported");
        assertProblem(
                post(CITIZEN, "/api/v1/dossiers", submission("online").replace("\"00004\"", "\"99999\"")),
                400,
                "dossier.commune-unknown");
        assertProblem(
                post(CITIZEN, "/api/v1/dossiers", submission("counter")), 400, "dossier.channel-not-for-applicant");
    }

    @Test
    void theApplicantRatesAReturnedDossierOnceAndIsNotifiedByEmailAtEachStep() {
        String code = submitOnline().get("code").asString();
        String rating = "{\"score\":\"very_satisfied\",\"comment\":\"Nhanh\"}";
        assertProblem(post(CITIZEN, "/api/v1/dossiers/" + code + "/rating", rating), 409, "dossier.rating-not-yet");
        for (String[] step : new String[][] {
            {COUNTER, "receive"},
            {COUNTER, "start_processing"},
            {SPECIALIST, "complete"},
            {LEADER, "complete"},
            {LEADER, "approve"},
            {COUNTER, "issue_result"},
            {COUNTER, "return"}
        }) {
            act(step[0], code, step[1], null);
        }
        assertProblem(post(COUNTER, "/api/v1/dossiers/" + code + "/rating", rating), 403, "dossier.rating-forbidden");
        assertProblem(
                post(CITIZEN, "/api/v1/dossiers/" + code + "/rating", "{\"score\":\"meh\"}"),
                400,
                "dossier.rating-invalid");
        HttpResponse<String> rated = post(CITIZEN, "/api/v1/dossiers/" + code + "/rating", rating);
        assertThat(rated.statusCode()).as(rated.body()).isEqualTo(200);
        assertThat(Api.json(get(CITIZEN, "/api/v1/dossiers/" + code))
                        .get("rating")
                        .asString())
                .isEqualTo("very_satisfied");
        assertProblem(post(CITIZEN, "/api/v1/dossiers/" + code + "/rating", rating), 409, "dossier.rating-once");

        List<String> subjects = jdbc.sql(
                        "select subject from dossier.notification where dossier = :code and recipient = 'lan@example.vn' order by id")
                .param("code", code)
                .query(String.class)
                .list();
        // one e-mail per status the applicant knows: the steps inside the administration send nothing
        assertThat(subjects)
                .containsExactly(
                        "Hồ sơ " + code + ": Đã nộp, chờ tiếp nhận",
                        "Hồ sơ " + code + ": Đã tiếp nhận",
                        "Hồ sơ " + code + ": Đang xử lý",
                        "Hồ sơ " + code + ": Chờ trả kết quả",
                        "Hồ sơ " + code + ": Đã trả kết quả");

        // and every one of them reaches the applicant through a real SMTP server
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(TestMailServer.messagesTo("example.vn").stream()
                                .map(DossierIntegrationTests::subjectOf)
                                .filter(subject -> subject.startsWith("Hồ sơ " + code)))
                        .containsExactlyInAnyOrderElementsOf(subjects));
        assertThat(jdbc.sql("select count(*) from dossier.notification where dossier = :code and sent_at is null")
                        .param("code", code)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static String subjectOf(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aLeaderAssignsDossiersInBulkWithinTheJurisdiction() {
        String first = submitOnline().get("code").asString();
        String second = submitOnline().get("code").asString();
        String body = "{\"codes\":[\"%s\",\"%s\"],\"assignee\":\"%s\"}";
        HttpResponse<String> assigned =
                post(LEADER, "/api/v1/dossiers/assignments", body.formatted(first, second, "counter.hanoi"));
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        assertThat(Api.json(assigned).get("assigned").asInt()).isEqualTo(2);
        assertThat(Api.json(get(COUNTER, "/api/v1/dossiers/" + first))
                        .get("assignee")
                        .asString())
                .isEqualTo("counter.hanoi");
        // a transition's answer shows the dossier as it now is, assignee included
        assertThat(act(COUNTER, first, "receive", null).get("assignee").asString())
                .isEqualTo("counter.hanoi");

        assertProblem(
                post(LEADER, "/api/v1/dossiers/assignments", body.formatted(first, second, "counter.hcm")),
                400,
                "dossier.assignee-outside-jurisdiction");
        assertProblem(
                post(LEADER, "/api/v1/dossiers/assignments", body.formatted(first, second, "nobody.here")),
                400,
                "dossier.assignee-not-officer");
        assertProblem(
                post(LEADER, "/api/v1/dossiers/assignments", body.formatted(first, second, "citizen")),
                400,
                "dossier.assignee-outside-jurisdiction");
        assertProblem(
                post(COUNTER_HCM, "/api/v1/dossiers/assignments", body.formatted(first, second, "counter.hcm")),
                404,
                "dossier.not-found");
        assertProblem(
                post(SPECIALIST, "/api/v1/dossiers/assignments", body.formatted(first, second, "counter.hanoi")),
                403,
                "dossier.assignment-forbidden");
        assertThat(Api.json(get(COUNTER, "/api/v1/dossiers/" + second))
                        .get("assignee")
                        .asString())
                .isEqualTo("counter.hanoi");
    }

    @Test
    void ofTwoConcurrentTransitionsOnTheSameVersionOnlyOneWins() {
        String code = submitOnline().get("code").asString();
        act(COUNTER, code, "receive", null);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> racing = List.of(
                        new String[] {COUNTER, "start_processing", null},
                        new String[] {COUNTER, "cancel", "Nhập trùng"})
                .stream()
                .map(step -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return transition(step[0], code, step[1], step[2], 2);
                }))
                .toList();
        start.countDown();
        List<Integer> statuses = racing.stream()
                .map(CompletableFuture::join)
                .map(HttpResponse::statusCode)
                .sorted()
                .toList();
        assertThat(statuses).containsExactly(200, 409);
        JsonNode dossier = Api.json(get(COUNTER, "/api/v1/dossiers/" + code));
        assertThat(dossier.get("version").asInt()).isEqualTo(3);
        assertThat(dossier.get("timeline")).hasSize(3);
    }
}
