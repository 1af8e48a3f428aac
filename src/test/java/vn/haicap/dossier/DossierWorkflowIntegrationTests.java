package vn.haicap.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.haicap.support.Api;
import vn.haicap.support.Dossiers;
import vn.haicap.support.HaicapIntegrationTest;

/** A dossier follows its workflow version step by step, across the commune and a provincial department. */
@HaicapIntegrationTest
class DossierWorkflowIntegrationTests {

    /** Land parcel split or merger: decided by the provincial land registration office, 15 working days. */
    static final String PROVINCE_PROCEDURE = "1.012784";

    static final String[] COUNTER = {"counter.hanoi", "Demo-counter-2025"};
    static final String[] SPECIALIST = {"specialist.hanoi", "Demo-specialist-2025"};
    static final String[] DEPARTMENT_SPECIALIST = {"specialist.department.hanoi", "Demo-specialist-2025"};
    static final String[] DEPARTMENT_LEADER = {"leader.department.hanoi", "Demo-leader-2025"};
    static final String[] CITIZEN = {"citizen", "Demo-citizen-2025"};

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Dossiers dossiers() {
        return new Dossiers(port);
    }

    JsonNode act(String[] who, String code, String action) {
        return dossiers().act(who[0], who[1], code, action, null);
    }

    List<String> mine(String[] who) {
        Api api = new Api(port);
        JsonNode page = Api.json(api.send(Api.basic(api.request("/api/v1/dossiers?queue=mine&size=500"), who[0], who[1])
                .GET()
                .build()));
        return page.get("items")
                .valueStream()
                .map(d -> d.get("code").asString())
                .toList();
    }

    @Test
    void aProvincialProcedureTravelsFromTheCommuneToTheDepartmentAndBack() {
        String code =
                dossiers().submitOnline(PROVINCE_PROCEDURE, "00004").get("code").asString();
        JsonNode received = act(COUNTER, code, "receive");
        assertThat(received.get("workflow").valueStream().map(s -> s.get("kind").asString()))
                .containsExactly("receive", "transfer_out", "process", "review", "sign", "transfer_back", "return");
        act(COUNTER, code, "start_processing");
        JsonNode atDesk = dossiers().get(COUNTER[0], COUNTER[1], code);
        assertThat(atDesk.get("currentStep").get("kind").asString()).isEqualTo("transfer_out");
        assertThat(atDesk.get("allowedActions").valueStream().map(JsonNode::asString))
                .contains("transfer")
                .doesNotContain("complete");

        JsonNode transferred =
                dossiers().act(COUNTER[0], COUNTER[1], code, "transfer", "Chuyển Văn phòng đăng ký đất đai");
        assertThat(transferred.get("processingLevel").asString()).isEqualTo("province");
        assertThat(mine(DEPARTMENT_SPECIALIST)).contains(code);
        assertThat(mine(DEPARTMENT_LEADER)).doesNotContain(code);
        assertThat(mine(SPECIALIST)).doesNotContain(code);

        HttpResponse<String> communeTries = dossiers().transition(SPECIALIST[0], SPECIALIST[1], code, "complete", null);
        assertThat(communeTries.statusCode()).isEqualTo(403);
        assertThat(Api.json(communeTries).get("code").asString()).isEqualTo("dossier.step-agency-required");

        act(DEPARTMENT_SPECIALIST, code, "complete");
        assertThat(mine(DEPARTMENT_LEADER)).contains(code);
        act(DEPARTMENT_LEADER, code, "complete");
        JsonNode signed = act(DEPARTMENT_LEADER, code, "approve");
        assertThat(signed.get("status").asString()).isEqualTo("resolved_approved");
        assertThat(signed.get("currentStep").get("kind").asString()).isEqualTo("transfer_back");
        assertThat(mine(DEPARTMENT_SPECIALIST)).contains(code);
        assertThat(mine(COUNTER)).doesNotContain(code);

        JsonNode back = act(DEPARTMENT_SPECIALIST, code, "transfer_back");
        assertThat(back.get("processingLevel").asString()).isEqualTo("commune");
        assertThat(mine(COUNTER)).contains(code);
        JsonNode issued = act(COUNTER, code, "issue_result");
        assertResultIsRegisteredVerifiableAndInTheWallet(issued);
        JsonNode returned = act(COUNTER, code, "return");
        assertThat(returned.get("status").asString()).isEqualTo("returned");
        assertThat(returned.get("currentStep").isNull()).isTrue();
        assertThat(returned.get("documents").valueStream()).isNotEmpty().allSatisfy(doc -> {
            assertThat(doc.get("paperName").asString()).isNotBlank();
            assertThat(doc.get("reusedFrom").isNull()).isTrue();
        });

        List<JsonNode> stepsDone = returned.get("timeline")
                .valueStream()
                .filter(t -> !t.get("step").isNull())
                .toList();
        assertThat(stepsDone.stream().map(t -> t.get("step").asString()))
                .containsExactly("receive", "transfer_out", "process", "review", "sign", "transfer_back", "return");
        // every hand-over is judged against its step's budget, as on Form 06
        assertThat(stepsDone.subList(1, stepsDone.size())).allSatisfy(t -> {
            assertThat(OffsetDateTime.parse(t.get("stepDueAt").asString()))
                    .isAfterOrEqualTo(OffsetDateTime.parse(t.get("at").asString()));
            assertThat(t.get("outcome").asString()).isIn("early", "on_time");
        });
        assertThat(jdbc.sql("select count(*) from dossier.transition where dossier = :c and step_kind is not null")
                        .param("c", code)
                        .query(Long.class)
                        .single())
                .isEqualTo(7);
    }

    @Test
    void aCommuneProcedureCannotBeSentToTheProvinceItsWorkflowHasNoTransfer() {
        String code = dossiers()
                .submitOnline(DossierIntegrationTests.PROCEDURE, "00004")
                .get("code")
                .asString();
        act(COUNTER, code, "receive");
        act(COUNTER, code, "start_processing");
        HttpResponse<String> response = dossiers().transition(SPECIALIST[0], SPECIALIST[1], code, "transfer", "x");
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(Api.json(response).get("code").asString()).isEqualTo("dossier.step-not-current");
        assertThat(Api.json(response).get("detail").asString()).contains("process");
    }

    @Test
    void theApplicantGetsAStopNoticeWhenWithdrawing() throws Exception {
        String code = dossiers()
                .submitOnline(DossierIntegrationTests.PROCEDURE, "00004")
                .get("code")
                .asString();
        act(COUNTER, code, "receive");
        JsonNode stopped = dossiers().act(CITIZEN[0], CITIZEN[1], code, "withdraw", "Không còn nhu cầu");
        assertThat(stopped.get("status").asString()).isEqualTo("stopped");
        Api api = new Api(port);
        HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient()
                .send(
                        Api.basic(api.request("/api/v1/dossiers/" + code + "/slips/stop.pdf"), CITIZEN[0], CITIZEN[1])
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("THÔNG BÁO", "DỪNG", code, "Không còn nhu cầu");
        }
    }

    /** Permanent residence registration: 7 working days. */
    static final String RESIDENCE_PROCEDURE = "1.004222";

    @Test
    void theProceduresDeadlineSettingDecidesHowTheAppointmentIsCounted() {
        Api api = new Api(port);
        HttpResponse<String> saved = api.send(Api.basic(
                        api.request("/api/v1/procedures/" + RESIDENCE_PROCEDURE + "/deadline-setting"),
                        "ministry",
                        "Demo-ministry-2025")
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"policy\":\"B\"}"))
                .build());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        String code = dossiers()
                .submitOnline(RESIDENCE_PROCEDURE, "00004")
                .get("code")
                .asString();
        JsonNode received = act(COUNTER, code, "receive");
        OffsetDateTime receivedAt =
                OffsetDateTime.parse(received.get("receivedAt").asString());
        JsonNode expected = Api.json(api.get("/api/v1/calendar/working-time?workingDays=7&policy=B&province=01&from="
                + java.net.URLEncoder.encode(receivedAt.toString(), java.nio.charset.StandardCharsets.UTF_8)));
        // Policy B: the end of the 7th working day after the receipt day
        assertThat(OffsetDateTime.parse(received.get("dueAt").asString()))
                .isEqualTo(OffsetDateTime.parse(expected.get("due").asString()));
        assertThat(OffsetDateTime.parse(received.get("dueAt").asString()).toLocalTime())
                .isEqualTo(java.time.LocalTime.of(17, 0));
        assertThat(jdbc.sql("select deadline_policy from dossier.dossier where code = :c")
                        .param("c", code)
                        .query(String.class)
                        .single())
                .isEqualTo("B");
    }

    @Test
    void theQueueFiltersByStatusChannelProcedureAndReceiptDay() {
        String code = dossiers()
                .submitOnline(RESIDENCE_PROCEDURE, "00004")
                .get("code")
                .asString();
        JsonNode received = act(COUNTER, code, "receive");
        String day = OffsetDateTime.parse(received.get("receivedAt").asString())
                .toLocalDate()
                .toString();
        Api api = new Api(port);
        java.util.function.Function<String, HttpResponse<String>> queue = query ->
                api.send(Api.basic(api.request("/api/v1/dossiers?queue=all&size=500&" + query), COUNTER[0], COUNTER[1])
                        .GET()
                        .build());
        java.util.function.Function<String, List<String>> codes = query -> Api.json(queue.apply(query))
                .get("items")
                .valueStream()
                .map(d -> d.get("code").asString())
                .toList();
        assertThat(codes.apply("status=received&channel=online&procedure=" + RESIDENCE_PROCEDURE + "&receivedFrom="
                        + day + "&receivedTo=" + day))
                .contains(code);
        assertThat(codes.apply("status=submitted&procedure=" + RESIDENCE_PROCEDURE))
                .doesNotContain(code);
        assertThat(codes.apply("channel=post&procedure=" + RESIDENCE_PROCEDURE)).doesNotContain(code);
        assertThat(codes.apply("receivedTo=2025-07-01")).doesNotContain(code);

        HttpResponse<String> badStatus = queue.apply("status=lost");
        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat(Api.json(badStatus).get("code").asString()).isEqualTo("dossier.filter-status-unknown");
        HttpResponse<String> inverted = queue.apply("receivedFrom=2026-12-01&receivedTo=2026-11-01");
        assertThat(Api.json(inverted).get("code").asString()).isEqualTo("dossier.filter-range-inverted");
    }

    /** The result enters the records register, anyone can verify it by its code, and the applicant's wallet holds it. */
    void assertResultIsRegisteredVerifiableAndInTheWallet(JsonNode issued) {
        String code = issued.get("code").asString();
        String resultCode = issued.get("resultCode").asString();
        assertThat(resultCode).matches("KQ(-[0-9A-Z]{4}){3}");
        assertThat(issued.get("resultNumberSymbol").asString()).matches("\\d{2,}/KQ-UBND");
        Api api = new Api(port);
        HttpResponse<byte[]> pdf;
        try {
            pdf = java.net.http.HttpClient.newHttpClient()
                    .send(
                            Api.basic(api.request("/api/v1/dossiers/" + code + "/result.pdf"), CITIZEN[0], CITIZEN[1])
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertThat(pdf.statusCode()).isEqualTo(200);
        String sha256 = java.util.HexFormat.of().formatHex(sha256(pdf.body()));
        JsonNode verification = Api.json(api.get("/api/v1/verify/" + resultCode));
        assertThat(verification.get("exists").asBoolean()).isTrue();
        assertThat(verification.get("sha256").asString()).isEqualTo(sha256);
        assertThat(verification.toString()).doesNotContain("Trần Văn Bình", "001085000456");
        JsonNode wallet = Api.json(api.send(Api.basic(api.request("/api/v1/my/wallet"), CITIZEN[0], CITIZEN[1])
                .GET()
                .build()));
        assertThat(wallet.toString()).contains(sha256);
        // recorded as rendered, without parsing it again: the pages, type and text must be the file's own
        Map<String, Object> recorded =
                jdbc.sql("""
                        select media_type, page_count, size, extracted_text from document.document where sha256 = :sha
                        """).param("sha", sha256).query().singleRow();
        try (org.apache.pdfbox.pdmodel.PDDocument parsed = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertThat(recorded.get("page_count")).isEqualTo(parsed.getNumberOfPages());
            // the masthead of an administrative document: the committee, the national name and motto, place and date
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(parsed))
                    .contains("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
                    .containsPattern("(PHƯỜNG|XÃ|THÀNH PHỐ|TỈNH) [A-ZĐÀ-Ỹ ]+")
                    .containsPattern("\\S+, ngày \\d{2} tháng \\d{2} năm \\d{4}");
            // the verification code is printed on the result, and its QR code opens the verification page
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(parsed))
                    .contains("Mã kiểm tra: " + resultCode);
            assertThat(vn.haicap.dossier.payment.QrImages.decodePdf(pdf.body()))
                    .anySatisfy(text -> assertThat(text).endsWith("/verify?code=" + resultCode));
            assertThat(recorded.get("extracted_text").toString())
                    .contains(code)
                    .contains(new org.apache.pdfbox.text.PDFTextStripper()
                            .getText(parsed)
                            .lines()
                            .filter(line -> line.startsWith("Mã hồ sơ"))
                            .findFirst()
                            .orElseThrow()
                            .strip());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(recorded.get("media_type")).isEqualTo("application/pdf");
        assertThat(((Number) recorded.get("size")).longValue()).isEqualTo(pdf.body().length);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
