package vn.haicap.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.haicap.document.inspection.TestFiles;
import vn.haicap.document.storage.Hashes;
import vn.haicap.support.Api;
import vn.haicap.support.HaicapIntegrationTest;

@HaicapIntegrationTest
class ResultIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    DocumentManagement documents;

    static ResultIssue issue(String owner, String summary, Integer retentionYears, LocalDate issuedOn) {
        return new ResultIssue(
                "giay-phep.pdf",
                owner,
                "leader.hanoi",
                "UBND",
                "GP",
                null,
                summary,
                "KT. CHỦ TỊCH – PHÓ CHỦ TỊCH Nguyễn Văn An",
                issuedOn,
                retentionYears,
                "000.00.04.H26-261122-0001",
                "01",
                "00004",
                null);
    }

    @Test
    void aResultHaicapWroteIsSearchableByTheTextItWasGiven() {
        String name = "Quỳnh"
                + new java.util.Random()
                        .ints(8, 'a', 'z' + 1)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        String code = documents.newResultCode();
        IssuedResult issued = documents.issueResult(
                issue("citizen", "Giấy phép xây dựng", 10, LocalDate.of(2026, 3, 1)),
                code,
                new RenderedPdf(
                        TestFiles.pdf("Building permit " + System.nanoTime()),
                        "GIẤY PHÉP XÂY DỰNG\nCấp cho bà " + name + "\n",
                        1));

        assertThat(issued.resultCode()).as("the code printed on it").isEqualTo(code);
        assertThat(documents.verificationUrl(code)).endsWith("/verify?code=" + code);
        String query = vn.haicap.shared.VietnameseText.searchKey(name);
        HttpResponse<String> found =
                new Uploads(new Api(port)).get("citizen", "Demo-citizen-2025", "/api/v1/search?q=" + query);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(found.body()).contains(issued.document().id().toString());
    }

    @Test
    void anIssuedResultIsNumberedRegisteredVerifiableByAnyoneAndInItsOwnersWallet() {
        byte[] pdf = TestFiles.pdf("Building permit 2026 " + System.nanoTime());
        IssuedResult first = documents.issueResult(
                issue("citizen", "Giấy phép xây dựng nhà ở riêng lẻ", 10, LocalDate.of(2010, 3, 1)),
                new ByteArrayInputStream(pdf));
        IssuedResult second = documents.issueResult(
                issue("citizen", "Giấy phép sửa chữa", null, LocalDate.of(2010, 5, 2)),
                new ByteArrayInputStream(TestFiles.pdf("second " + System.nanoTime())));
        assertThat(first.numberSymbol()).matches("\\d{2,}/GP-UBND");
        int n = Integer.parseInt(
                first.numberSymbol().substring(0, first.numberSymbol().indexOf('/')));
        assertThat(second.numberSymbol()).isEqualTo("%02d/GP-UBND".formatted(n + 1));

        Api api = new Api(port);
        HttpResponse<String> verified = api.get("/api/v1/verify/" + first.resultCode());
        assertThat(verified.statusCode()).isEqualTo(200);
        JsonNode json = Api.json(verified);
        assertThat(json.get("exists").asBoolean()).isTrue();
        assertThat(json.get("sha256").asString()).isEqualTo(Hashes.sha256(pdf));
        assertThat(json.get("documentType").asString()).isEqualTo("GP");
        assertThat(json.get("issuedOn").asString()).isEqualTo("2010-03-01");
        assertThat(verified.body())
                .doesNotContain("citizen")
                .doesNotContain("Nguyễn")
                .doesNotContain("Giấy phép");
        assertThat(Api.json(api.get("/api/v1/verify/KQ-2222-2222-2222"))
                        .get("exists")
                        .asBoolean())
                .isFalse();

        HttpResponse<String> wallet = new Uploads(api).get("citizen", "Demo-citizen-2025", "/api/v1/my/wallet");
        assertThat(wallet.statusCode()).isEqualTo(200);
        JsonNode entry = null;
        for (JsonNode item : Api.json(wallet).get("items")) {
            if (item.get("id").asString().equals(first.document().id().toString())) {
                entry = item;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.get("resultCode").asString()).isEqualTo(first.resultCode());
        assertThat(entry.get("sha256").asString()).isEqualTo(Hashes.sha256(pdf));
        assertThat(entry.get("numberSymbol").asString()).isEqualTo(first.numberSymbol());

        // re-use in a new dossier without upload
        assertThat(documents.reuse("citizen", first.document().id()).sha256()).isEqualTo(Hashes.sha256(pdf));

        // retention: 10 years from 2010 is due in 2020; permanent never
        HttpResponse<String> due =
                new Uploads(api).get("unitadmin.hanoi", "Demo-unitadmin-2025", "/api/v1/records/due?year=2020");
        assertThat(due.statusCode()).as(due.body()).isEqualTo(200);
        assertThat(due.body()).contains(first.numberSymbol()).doesNotContain(second.resultCode());
        assertThat(new Uploads(api)
                        .get("unitadmin.hanoi", "Demo-unitadmin-2025", "/api/v1/records/due?year=2019")
                        .body())
                .doesNotContain(first.resultCode());
        assertThat(new Uploads(api)
                        .get("citizen", "Demo-citizen-2025", "/api/v1/records/due")
                        .statusCode())
                .isEqualTo(403);

        // destruction: the register keeps the entry and its hash, the file and the wallet entry go
        String entryId = null;
        for (JsonNode item : Api.json(due).get("items")) {
            if (item.get("resultCode").asString().equals(first.resultCode())) {
                entryId = item.get("id").asString();
            }
        }
        assertThat(entryId).isNotNull();
        HttpResponse<String> destroyed = api.send(Api.basic(
                        api.request("/api/v1/records/" + entryId + "/destruction"),
                        "unitadmin.hanoi",
                        "Demo-unitadmin-2025")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build());
        assertThat(destroyed.statusCode()).as(destroyed.body()).isEqualTo(204);
        assertThat(new Uploads(api)
                        .get(
                                "citizen",
                                "Demo-citizen-2025",
                                "/api/v1/documents/" + first.document().id() + "/content")
                        .statusCode())
                .isEqualTo(410);
        assertThat(new Uploads(api)
                        .get("citizen", "Demo-citizen-2025", "/api/v1/my/wallet")
                        .body())
                .doesNotContain(first.resultCode())
                .contains(second.resultCode());
        assertThat(Api.json(api.get("/api/v1/verify/" + first.resultCode()))
                        .get("sha256")
                        .asString())
                .isEqualTo(Hashes.sha256(pdf));
        HttpResponse<String> again = api.send(Api.basic(
                        api.request("/api/v1/records/" + entryId + "/destruction"),
                        "unitadmin.hanoi",
                        "Demo-unitadmin-2025")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build());
        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    void theQrCodeOfAResultLeadsToItsVerificationPage() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient()
                .send(
                        new Api(port)
                                .request("/api/v1/verify/KQ-ABCD-EFGH-JKMN/qr.png")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        var image = javax.imageio.ImageIO.read(new ByteArrayInputStream(response.body()));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                new com.google.zxing.RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        // read as the exact image it is: at six pixels per module, zxing's camera-style finder misses about one in
        // 200 of these addresses (the port varies), though the same codes decode at two pixels per module
        String text = new com.google.zxing.qrcode.QRCodeReader()
                .decode(bitmap, java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                .getText();
        assertThat(text).isEqualTo("http://localhost:" + port + "/verify?code=KQ-ABCD-EFGH-JKMN");
    }

    @Test
    void theWalletLeavesOutReplacedAndExpiredPapers() throws Exception {
        var uploads = new Uploads(new Api(port));
        String old = Api.json(uploads.upload(
                        "business",
                        "Demo-business-2025",
                        "/api/v1/documents",
                        "dkkd.pdf",
                        TestFiles.pdf("Business registration v1"),
                        Map.of()))
                .get("id")
                .asString();
        String current = Api.json(uploads.upload(
                        "business",
                        "Demo-business-2025",
                        "/api/v1/documents/" + old + "/versions",
                        "dkkd-2.pdf",
                        TestFiles.pdf("Business registration v2"),
                        Map.of()))
                .get("id")
                .asString();
        String expired = Api.json(uploads.upload(
                        "business",
                        "Demo-business-2025",
                        "/api/v1/documents",
                        "old-id.pdf",
                        TestFiles.pdf("Expired paper"),
                        Map.of("validUntil", "2020-01-01")))
                .get("id")
                .asString();

        String wallet = uploads.get("business", "Demo-business-2025", "/api/v1/my/wallet")
                .body();
        assertThat(wallet).contains(current).doesNotContain(old).doesNotContain(expired);
    }
}
