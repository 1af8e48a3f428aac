package vn.haicap.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.haicap.document.inspection.TestFiles;
import vn.haicap.document.storage.Hashes;
import vn.haicap.support.Browser;
import vn.haicap.support.HaicapIntegrationTest;

@HaicapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    DocumentManagement documents;

    @TempDir
    Path dir;

    private Browser browser;

    @BeforeAll
    void open() {
        browser = Browser.open(port, "en");
    }

    @AfterAll
    void close() {
        browser.close();
    }

    @Test
    void anyoneChecksAResultByItsCodeAndFileWithoutSeeingPersonalData() throws Exception {
        byte[] pdf = TestFiles.pdf("Marriage registration " + System.nanoTime());
        IssuedResult result = documents.issueResult(
                ResultIntegrationTests.issue(
                        "citizen", "Trích lục kết hôn của Trần Văn Bình", 20, LocalDate.of(2026, 11, 20)),
                new ByteArrayInputStream(pdf));
        Path issued = Files.write(dir.resolve("issued.pdf"), pdf);
        Path forged = Files.write(dir.resolve("forged.pdf"), TestFiles.pdf("Forged"));

        browser.driver().manage().deleteAllCookies();
        browser.go("/verify?lang=en&code=" + result.resultCode());
        assertThat(browser.await("#verify-exists").getText()).contains("GP").contains("20/11/2026");
        assertThat(browser.text("#verify-sha256")).isEqualTo(Hashes.sha256(pdf));
        assertThat(browser.text("main")).doesNotContain("Trần Văn Bình").doesNotContain("citizen");

        browser.find("#file").sendKeys(issued.toString());
        browser.find("#verify-form button[type=submit]").click();
        browser.awaitText("#verify-result", "matches the file issued");

        browser.find("#file").sendKeys(forged.toString());
        browser.find("#verify-form button[type=submit]").click();
        browser.awaitText("#verify-result", "does not match");

        browser.find("#code").clear();
        browser.find("#code").sendKeys("KQ-2222-3333-4444");
        browser.find("#verify-form button[type=submit]").click();
        browser.awaitText("#verify-unknown", "No result has the code");
        browser.screenshot("document-verify");
    }

    @Test
    void theWalletPageListsTheOwnersResultsWithTheirCodesAndHashes() {
        byte[] pdf = TestFiles.pdf("Household business licence " + System.nanoTime());
        IssuedResult result = documents.issueResult(
                ResultIntegrationTests.issue(
                        "citizen", "Giấy chứng nhận hộ kinh doanh", null, LocalDate.of(2026, 11, 21)),
                new ByteArrayInputStream(pdf));

        browser.login("citizen", "Demo-citizen-2025");
        browser.go("/my/wallet?lang=en");
        browser.awaitText("#wallet", result.resultCode());
        String row = browser.find("#wallet tr[data-id='" + result.document().id() + "']")
                .getText();
        assertThat(row)
                .contains("Giấy chứng nhận hộ kinh doanh")
                .contains(result.numberSymbol())
                .contains(Hashes.sha256(pdf));
        browser.screenshot("document-wallet");
    }
}
