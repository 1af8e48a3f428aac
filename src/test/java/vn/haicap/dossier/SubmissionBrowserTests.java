package vn.haicap.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.haicap.support.Browser;
import vn.haicap.support.HaicapIntegrationTest;

@HaicapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubmissionBrowserTests {

    @LocalServerPort
    int port;

    Browser browser;
    Path declaration;
    Path evidence;

    @BeforeAll
    void openBrowser() throws IOException {
        browser = Browser.open(port, "vi");
        Path dir = Files.createTempDirectory("haicap-uploads");
        declaration = Files.write(dir.resolve("to-khai.pdf"), SubmissionIntegrationTests.PDF);
        evidence = Files.write(dir.resolve("giay-xac-nhan.png"), SubmissionIntegrationTests.PNG);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @BeforeEach
    void signOut() {
        browser.go("/");
        browser.driver().manage().deleteAllCookies();
    }

    void fillApplicant(String name) {
        browser.find("#applicantName").clear();
        browser.find("#applicantName").sendKeys(name);
    }

    static String path(Path file) {
        try {
            return file.toRealPath().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aCitizenSubmitsOnlineFromTheProcedurePageAndSeesTheCode() {
        browser.login("citizen", "Demo-citizen-2025");
        browser.go("/procedures/" + DossierIntegrationTests.PROCEDURE + "?lang=en");
        browser.await("#submit-online").click();
        browser.await("#submission-form");
        assertThat(browser.text("#procedure-name")).contains("nhận cha, mẹ, con");
        assertThat(browser.find("#paper-1").getAttribute("accept")).contains(".pdf");
        assertThat(browser.find("#paper-row-3").getAttribute("data-requirement"))
                .isEqualTo("present_only");

        // a paper left out: the page lists it and keeps what was typed
        fillApplicant("Phạm Thu Hà");
        new Select(browser.find("#receivingCommune")).selectByValue("00004");
        browser.find("#paper-1").sendKeys(path(declaration));
        browser.find("#submission-submit").click();
        browser.await("#submission-error");
        assertThat(browser.text("#missing-papers li[data-paper='2']")).contains("Văn bản của cơ quan y tế");
        assertThat(browser.find("#applicantName").getAttribute("value")).isEqualTo("Phạm Thu Hà");

        browser.find("#paper-1").sendKeys(path(declaration));
        browser.find("#paper-2").sendKeys(path(evidence));
        browser.find("#submission-submit").click();
        browser.await("#submitted-code");
        assertThat(browser.text("#submitted-code")).matches("^H01\\.00004-\\d{6}-\\d{4,}$");
        assertThat(browser.text("#submitted-check")).hasSize(6);
        assertThat(browser.text("#submitted-status")).contains("Submitted");
        assertThat(browser.text("#submitted-documents")).isEqualTo("2");
        browser.screenshot("submission-online");
    }

    @Test
    void aCounterOfficerRegistersADossierForSomeoneAndItIsReceivedWithItsDueDate() {
        browser.login("counter.hanoi", "Demo-counter-2025");
        browser.go("/dossiers?lang=en");
        browser.await("#register-new").click();
        new Select(browser.await("#procedure")).selectByValue(DossierIntegrationTests.PROCEDURE);
        browser.find("#procedure-choice button[type=submit]").click();
        browser.await("#submission-form");
        assertThat(new Select(browser.find("#receivingCommune"))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("00004");
        fillApplicant("Lê Văn Tâm");
        browser.find("#applicantIdNumber").sendKeys("001090000777");
        browser.find("#channel-counter").click();
        browser.find("#paper-1").sendKeys(path(declaration));
        browser.find("#paper-2").sendKeys(path(evidence));
        browser.find("#presented-3").click();
        browser.find("#submission-submit").click();
        browser.await("#submitted-code");
        assertThat(browser.text("#submitted-status")).contains("Received");
        assertThat(browser.text("#submitted-due")).isNotEqualTo("—").matches(".*\\d{2}/\\d{2}/\\d{4}.*");
        assertThat(browser.text("#submitted-applicant")).isEqualTo("Lê Văn Tâm");
        assertThat(browser.find("#submitted-slip").getAttribute("href")).endsWith("/slips/receipt.pdf");
        browser.screenshot("submission-counter");
    }

    @Test
    void aPostmarkInTheFutureIsShownAsAReadableError() {
        browser.login("counter.hanoi", "Demo-counter-2025");
        browser.go("/dossiers/register?lang=en&procedure=" + DossierIntegrationTests.PROCEDURE);
        fillApplicant("Đỗ Minh Khoa");
        browser.find("#channel-post").click();
        String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .plusDays(1)
                .toString();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('postmarkedOn').value = arguments[0]", tomorrow);
        browser.find("#paper-1").sendKeys(path(declaration));
        browser.find("#paper-2").sendKeys(path(evidence));
        browser.find("#submission-submit").click();
        browser.await("#submission-error");
        assertThat(browser.text("#submission-error")).contains("postmark date " + tomorrow + " is after today");
    }
}
