package vn.haicap.dossier.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.haicap.procedure.ChannelKind;
import vn.haicap.procedure.Fee;
import vn.haicap.procedure.ProcedureCatalogue;
import vn.haicap.support.Api;
import vn.haicap.support.HaicapIntegrationTest;

@HaicapIntegrationTest
class PaymentIntegrationTests {

    static final String CITIZEN = "citizen:Demo-citizen-2025";
    static final String COUNTER = "counter.hanoi:Demo-counter-2025";
    static final String COUNTER_HCM = "counter.hcm:Demo-counter-2025";
    static final String SPECIALIST = "specialist.hanoi:Demo-specialist-2025";
    /** Temporary residence registration: a charge that differs by channel (counter and online). */
    static final String PAID_PROCEDURE = "1.004194";
    /** Declaration of temporary absence: free ("Không"). */
    static final String FREE_PROCEDURE = "1.003677";
    /** Parent-child recognition: the charge is set by the provincial People's Council. */
    static final String LOCAL_FEE_PROCEDURE = "1.001022";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProcedureCatalogue procedures;

    Api api() {
        return new Api(port);
    }

    static HttpRequest.Builder as(String user, HttpRequest.Builder request) {
        String[] parts = user.split(":", 2);
        return Api.basic(request, parts[0], parts[1]);
    }

    HttpResponse<String> get(String user, String path) {
        return api().send(as(user, api().request(path)).GET().build());
    }

    HttpResponse<String> post(String user, String path, String json) {
        return api().send(as(user, api().request(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
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

    /** A dossier for the citizen: online by the citizen, or registered at the counter by counter.hanoi. */
    String submit(String procedure, String channel) {
        return TestDossiers.submit(api(), procedure, channel);
    }

    JsonNode payment(String user, String code) {
        HttpResponse<String> response = get(user, "/api/v1/dossiers/" + code + "/payment");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response);
    }

    HttpResponse<String> pay(String user, String code, String json) {
        return post(user, "/api/v1/dossiers/" + code + "/payment", json);
    }

    static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Api.json(response).get("code").asString()).isEqualTo(code);
    }

    long publishedFee(String procedure, ChannelKind channel) {
        Fee fee = procedures.get(procedure).channel(channel).orElseThrow().fee();
        assertThat(fee.amount())
                .as("the starter catalogue's fee of " + procedure)
                .isNotNull();
        return fee.amount();
    }

    static String vnd(long amount) {
        return String.format(Locale.ROOT, "%,d", amount).replace(',', '.') + " đồng";
    }

    String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    byte[] receipt(String user, String code) {
        HttpResponse<byte[]> response = getBytes(user, "/api/v1/dossiers/" + code + "/slips/receipt.pdf");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void theAmountDueIsTheFeeOfTheChannelTheDossierCameThrough() {
        long counterFee = publishedFee(PAID_PROCEDURE, ChannelKind.COUNTER);
        long onlineFee = publishedFee(PAID_PROCEDURE, ChannelKind.ONLINE);
        assertThat(counterFee).isPositive().isNotEqualTo(onlineFee);

        String atCounter = submit(PAID_PROCEDURE, "counter");
        String online = submit(PAID_PROCEDURE, "online");

        JsonNode counterPayment = payment(CITIZEN, atCounter);
        assertThat(counterPayment.get("status").asString()).isEqualTo("due");
        assertThat(counterPayment.get("amountDue").asLong()).isEqualTo(counterFee);
        assertThat(counterPayment.get("currency").asString()).isEqualTo("VND");
        assertThat(counterPayment.get("submissionChannel").asString()).isEqualTo("counter");
        JsonNode item = counterPayment.get("items").get(0);
        assertThat(item.get("amount").asLong()).isEqualTo(counterFee);
        assertThat(item.get("type").asString()).isEqualTo("charge");
        assertThat(item.get("legalBasis").asString()).contains("lệ phí");
        assertThat(counterPayment.get("paidAt").isNull()).isTrue();

        JsonNode onlinePayment = payment(COUNTER, online);
        assertThat(onlinePayment.get("amountDue").asLong()).isEqualTo(onlineFee);
        assertThat(onlinePayment.get("submissionChannel").asString()).isEqualTo("online");

        // the VietQR code pays the exact amount into the province's account, with the dossier code as reference
        PaymentProperties.Account account = PaymentProperties.DEMO;
        String vietQr = counterPayment.get("vietQr").asString();
        assertThat(vietQr).isEqualTo(VietQr.payload(account.bin(), account.account(), counterFee, atCounter));
        assertThat(counterPayment.get("beneficiary").get("account").asString()).isEqualTo(account.account());
        HttpResponse<byte[]> png = getBytes(CITIZEN, "/api/v1/dossiers/" + atCounter + "/payment/qr.png");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(QrImages.decodePng(png.body())).isEqualTo(vietQr);

        // stored once: reading again answers the same record
        assertThat(jdbc.sql("select count(*) from dossier.payment_item where dossier = :code")
                        .param("code", atCounter)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(payment(CITIZEN, atCounter)).isEqualTo(counterPayment);
    }

    @Test
    void aFreeProcedureHasNothingDue() {
        assertThat(procedures
                        .get(FREE_PROCEDURE)
                        .channel(ChannelKind.ONLINE)
                        .orElseThrow()
                        .fee()
                        .isFree())
                .isTrue();
        String code = submit(FREE_PROCEDURE, "online");

        JsonNode payment = payment(CITIZEN, code);
        assertThat(payment.get("status").asString()).isEqualTo("free");
        assertThat(payment.get("amountDue").asLong()).isZero();
        assertThat(payment.get("vietQr").isNull()).isTrue();
        assertProblem(
                pay(COUNTER, code, "{\"channel\":\"cash\",\"receiptNo\":\"BL-FREE\"}"), 409, "payment.nothing-due");
        HttpResponse<String> png = get(CITIZEN, "/api/v1/dossiers/" + code + "/payment/qr.png");
        assertThat(png.statusCode()).isEqualTo(404);
    }

    @Test
    void aCounterOfficerRecordsThePaymentOnceWithItsAuditRecord() {
        String code = submit(PAID_PROCEDURE, "counter");
        String receiptNo = "BL-" + UUID.randomUUID().toString().substring(0, 8);

        assertProblem(
                pay(CITIZEN, code, "{\"channel\":\"cash\",\"receiptNo\":\"X\"}"), 403, "payment.record-forbidden");
        assertProblem(
                pay(SPECIALIST, code, "{\"channel\":\"cash\",\"receiptNo\":\"X\"}"), 403, "payment.record-forbidden");
        assertProblem(
                pay(COUNTER, code, "{\"channel\":\"bitcoin\",\"receiptNo\":\"X\"}"), 400, "payment.channel-invalid");
        assertProblem(pay(COUNTER, code, "{\"channel\":\"cash\"}"), 400, "payment.receipt-required");
        assertProblem(
                pay(COUNTER, code, "{\"channel\":\"cash\",\"receiptNo\":\"X\",\"amount\":1}"),
                400,
                "payment.amount-mismatch");
        assertThat(payment(COUNTER, code).get("status").asString()).isEqualTo("due");

        HttpResponse<String> paid =
                pay(COUNTER, code, "{\"channel\":\"counter_electronic\",\"receiptNo\":\"%s\"}".formatted(receiptNo));
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        JsonNode body = Api.json(paid);
        assertThat(body.get("status").asString()).isEqualTo("paid");
        assertThat(body.get("channel").asString()).isEqualTo("counter_electronic");
        assertThat(body.get("receiptNo").asString()).isEqualTo(receiptNo);
        assertThat(body.get("paidBy").asString()).isEqualTo("counter.hanoi");
        assertThat(OffsetDateTime.parse(body.get("paidAt").asString()))
                .isCloseTo(OffsetDateTime.now(), org.assertj.core.api.Assertions.within(Duration.ofMinutes(1)));
        assertThat(body.get("vietQr").isNull()).isTrue();
        assertThat(payment(CITIZEN, code).get("status").asString()).isEqualTo("paid");

        assertProblem(
                pay(COUNTER, code, "{\"channel\":\"cash\",\"receiptNo\":\"BL-AGAIN\"}"), 409, "payment.already-paid");
        assertThat(payment(CITIZEN, code).get("receiptNo").asString()).isEqualTo(receiptNo);
        assertThat(get(CITIZEN, "/api/v1/dossiers/" + code + "/payment/qr.png").statusCode())
                .isEqualTo(404);

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.sql("""
                                        select details ->> 'receiptNo' from audit.audit_entry
                                        where subject_type = 'dossier' and subject_id = :code
                                          and action = 'dossier.payment-recorded' and actor = 'counter.hanoi'
                                        """)
                                .param("code", code)
                                .query(String.class)
                                .list())
                        .containsExactly(receiptNo));
    }

    @Test
    void anOfficerOfAnotherCommuneNeitherSeesNorRecordsThePayment() {
        String code = submit(PAID_PROCEDURE, "counter");
        assertProblem(get(COUNTER_HCM, "/api/v1/dossiers/" + code + "/payment"), 404, "dossier.not-found");
        assertProblem(
                pay(COUNTER_HCM, code, "{\"channel\":\"cash\",\"receiptNo\":\"BL-HCM\"}"), 404, "dossier.not-found");
        assertThat(get(COUNTER_HCM, "/api/v1/dossiers/" + code + "/payment/qr.png")
                        .statusCode())
                .isEqualTo(404);
        assertThat(payment(COUNTER, code).get("status").asString()).isEqualTo("due");
    }

    @Test
    void twoConcurrentRecordingsPayOnce() {
        String code = submit(PAID_PROCEDURE, "counter");
        payment(COUNTER, code);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> racing = List.of("BL-R1", "BL-R2", "BL-R3").stream()
                .map(receipt -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return pay(COUNTER, code, "{\"channel\":\"cash\",\"receiptNo\":\"%s\"}".formatted(receipt));
                }))
                .toList();
        start.countDown();
        List<Integer> statuses = racing.stream()
                .map(CompletableFuture::join)
                .map(HttpResponse::statusCode)
                .sorted()
                .toList();
        assertThat(statuses).containsExactly(200, 409, 409);
    }

    @Test
    void aFeeSetLocallyIsRecordedWithTheAmountCollected() {
        String code = submit(LOCAL_FEE_PROCEDURE, "online");
        JsonNode payment = payment(CITIZEN, code);
        assertThat(payment.get("status").asString()).isEqualTo("to_be_determined");
        assertThat(payment.get("amountDue").isNull()).isTrue();
        assertThat(payment.get("vietQr").isNull()).isTrue();
        assertThat(payment.get("items").get(0).get("description").asString()).contains("Hội đồng nhân dân");

        assertProblem(
                pay(COUNTER, code, "{\"channel\":\"cash\",\"receiptNo\":\"BL-L1\"}"), 400, "payment.amount-required");
        HttpResponse<String> paid =
                pay(COUNTER, code, "{\"channel\":\"cash\",\"receiptNo\":\"BL-L1\",\"amount\":8000}");
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        assertThat(Api.json(paid).get("amountDue").asLong()).isEqualTo(8000);
        assertThat(Api.json(paid).get("items").get(0).get("amount").asLong()).isEqualTo(8000);
    }

    @Test
    void noFeeIsCollectedForARefusedDossier() {
        String code = submit(PAID_PROCEDURE, "online");
        int version = Api.json(get(COUNTER, "/api/v1/dossiers/" + code))
                .get("version")
                .asInt();
        HttpResponse<String> refused = post(
                COUNTER,
                "/api/v1/dossiers/" + code + "/transitions",
                "{\"action\":\"refuse\",\"reason\":\"Không thuộc thẩm quyền\",\"version\":%d}".formatted(version));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(200);
        assertProblem(
                pay(COUNTER, code, "{\"channel\":\"cash\",\"receiptNo\":\"BL-REF\"}"), 409, "payment.dossier-closed");
    }

    @Test
    void theReceiptSlipShowsTheAmountAndTheVietQrCodeUntilPaid() throws Exception {
        long fee = publishedFee(PAID_PROCEDURE, ChannelKind.COUNTER);
        String code = submit(PAID_PROCEDURE, "counter");
        String vietQr = payment(COUNTER, code).get("vietQr").asString();

        byte[] due = receipt(CITIZEN, code);
        assertThat(pdfText(due))
                .contains("Phí, lệ phí", "Lệ phí: " + vnd(fee), "Tổng số tiền phải nộp: " + vnd(fee) + " — chưa nộp")
                .contains("Nội dung: " + code);
        // a phone reads both codes: the tracking link and the transfer
        List<String> codes = QrImages.decodePdf(due);
        assertThat(codes).contains(vietQr).anySatisfy(text -> assertThat(text).contains("/track?code=" + code));

        String receiptNo = "BL-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(pay(COUNTER, code, "{\"channel\":\"cash\",\"receiptNo\":\"%s\"}".formatted(receiptNo))
                        .statusCode())
                .isEqualTo(200);
        byte[] paid = receipt(COUNTER, code);
        assertThat(pdfText(paid))
                .contains("Tổng số tiền phải nộp: " + vnd(fee), "Đã nộp: biên lai số " + receiptNo)
                .doesNotContain("chưa nộp");
        assertThat(QrImages.decodePdf(paid)).doesNotContain(vietQr).hasSize(1);
    }
}
