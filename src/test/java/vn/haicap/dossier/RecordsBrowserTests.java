package vn.haicap.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.haicap.support.Browser;
import vn.haicap.support.Dossiers;
import vn.haicap.support.HaicapIntegrationTest;
import vn.haicap.support.Pdfs;

/**
 * The records journey in a browser: a citizen submits a dossier with a PDF, then a second one re-using
 * that paper from the wallet without upload; an officer finds the dossier by a word of the PDF typed
 * without diacritics; the dossier's result is verified by its code.
 */
@HaicapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordsBrowserTests {

    @LocalServerPort
    int port;

    Browser browser;
    Path certificate;
    Path evidence;
    String word;

    @BeforeAll
    void openBrowser() throws IOException {
        browser = Browser.open(port, "vi");
        Path dir = Files.createTempDirectory("haicap-records");
        word = "Đồngxuân" + (10_000 + new java.util.Random().nextInt(90_000));
        String name = "giay-chung-nhan-" + UUID.randomUUID().toString().substring(0, 8) + ".pdf";
        certificate = Files.write(
                dir.resolve(name),
                Pdfs.page("Tờ khai đăng ký nhận cha, mẹ, con", "Nơi cư trú: tổ dân phố " + word + ", Hà Nội"));
        evidence = Files.write(dir.resolve("giay-xac-nhan.png"), SubmissionIntegrationTests.PNG);
        certificate = certificate.toRealPath();
        evidence = evidence.toRealPath();
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    void signInAs(String user, String password) {
        browser.go("/");
        browser.driver().manage().deleteAllCookies();
        browser.login(user, password);
    }

    String submitWith(java.util.function.Consumer<Browser> papers) {
        browser.go("/procedures/" + DossierIntegrationTests.PROCEDURE + "?lang=en");
        browser.await("#submit-online").click();
        browser.await("#submission-form");
        browser.find("#applicantName").clear();
        browser.find("#applicantName").sendKeys("Vũ Thị Hạnh");
        new Select(browser.find("#receivingCommune")).selectByValue("00004");
        papers.accept(browser);
        browser.find("#submission-submit").click();
        browser.await("#submitted-code");
        return browser.text("#submitted-code");
    }

    @Test
    void aPaperUploadedOnceIsReusedFoundBySearchAndTheResultVerified() {
        signInAs("citizen", "Demo-citizen-2025");
        String first = submitWith(b -> {
            b.find("#paper-1").sendKeys(certificate.toString());
            b.find("#paper-2").sendKeys(evidence.toString());
        });

        // the second dossier attaches the PDF from the wallet: no file is chosen for paper 1
        String[] walletId = new String[1];
        String second = submitWith(b -> {
            Select reuse = new Select(b.find("#reuse-1"));
            WebElement option = reuse.getOptions().stream()
                    .filter(o -> o.getText().contains(certificate.getFileName().toString()))
                    .findFirst()
                    .orElseThrow();
            walletId[0] = option.getAttribute("value");
            reuse.selectByValue(walletId[0]);
            b.find("#paper-2").sendKeys(evidence.toString());
        });
        assertThat(UUID.fromString(walletId[0])).isNotNull();
        assertThat(browser.text("#submitted-documents")).isEqualTo("2");
        browser.go("/dossiers/" + second + "?lang=en");
        assertThat(browser.text("#dossier-documents"))
                .contains(certificate.getFileName().toString());
        assertThat(browser.driver().findElements(By.cssSelector("#dossier-documents .badge")))
                .isNotEmpty();
        browser.go("/my/wallet?lang=en");
        assertThat(browser.driver().findElements(By.cssSelector("#wallet tr[data-id='" + walletId[0] + "']")))
                .hasSize(1);

        // an officer of the commune searches a word of the PDF without its diacritics
        signInAs("specialist.hanoi", "Demo-specialist-2025");
        String query = "dongxuan" + word.substring("Đồngxuân".length());
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    browser.go("/search?lang=en&q=" + query);
                    assertThat(browser.driver()
                                    .findElements(By.cssSelector(
                                            "#search-results li[data-kind='dossier'][data-id='" + first + "']")))
                            .hasSize(1);
                });
        assertThat(browser.driver()
                        .findElements(
                                By.cssSelector("#search-results li[data-kind='dossier'][data-id='" + second + "']")))
                .hasSize(1);
        assertThat(browser.find("#search-results li[data-id='" + first + "'] .snippet mark")
                        .getText())
                .isEqualTo(word);
        browser.screenshot("records-search");

        // the first dossier is decided and its result verified by its code, by anyone
        Dossiers dossiers = new Dossiers(port);
        dossiers.act("counter.hanoi", "Demo-counter-2025", first, "receive", null);
        dossiers.act("counter.hanoi", "Demo-counter-2025", first, "start_processing", null);
        dossiers.act("specialist.hanoi", "Demo-specialist-2025", first, "complete", null);
        dossiers.act("leader.hanoi", "Demo-leader-2025", first, "complete", null);
        dossiers.act("leader.hanoi", "Demo-leader-2025", first, "approve", null);
        String resultCode = dossiers.act("counter.hanoi", "Demo-counter-2025", first, "issue_result", null)
                .get("resultCode")
                .asString();
        assertThat(resultCode).startsWith("KQ-");
        browser.go("/");
        browser.driver().manage().deleteAllCookies();
        browser.go("/verify?lang=en&code=" + resultCode);
        assertThat(browser.find("body").getText())
                .contains("Yes: a document of type KQ")
                .doesNotContain("Vũ Thị Hạnh");
    }
}
