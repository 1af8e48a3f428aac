package vn.haicap.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.haicap.support.Browser;
import vn.haicap.support.Dossiers;
import vn.haicap.support.HaicapIntegrationTest;

/**
 * The whole journey in the browser: a provincial procedure received at a commune centre, sent to the
 * provincial department, appraised, reviewed and signed there, sent back, returned at the counter and
 * rated by the applicant. Each officer works from their own queue and the dossier page.
 */
@HaicapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierJourneyBrowserTests {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = Browser.open(port, "en");
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    void signInAs(String username, String password) {
        browser.go("/");
        browser.driver().manage().deleteAllCookies();
        browser.login(username, password);
    }

    /** Opens the dossier from the user's "what I must act on" queue. */
    void openFromMyQueue(String code) {
        browser.go("/dossiers?queue=mine&lang=en&q=" + code);
        browser.await("#queue-table tr[data-code='" + code + "'] a").click();
        browser.await("#dossier-status");
    }

    static final java.util.Map<String, String> DONE = java.util.Map.of(
            "receive", "Receive",
            "start_processing", "Start processing",
            "transfer", "Transfer",
            "complete", "Complete",
            "approve", "Approve",
            "transfer_back", "Transfer back",
            "issue_result", "Issue result",
            "return", "Return result");

    /** Clicks an action and waits for the page to say it was done (the panel is swapped by htmx). */
    void act(String action, String expectedStatus) {
        browser.await("#action-" + action).click();
        browser.awaitText("#dossier-done", "Done: " + DONE.get(action));
        browser.awaitText("#dossier-status", expectedStatus);
    }

    @Test
    void aProvincialDossierTravelsFromTheCommuneToTheDepartmentAndBackAndIsRated() {
        String code = new Dossiers(port)
                .submitOnline(DossierWorkflowIntegrationTests.PROVINCE_PROCEDURE, "00004")
                .get("code")
                .asString();

        signInAs("counter.hanoi", "Demo-counter-2025");
        openFromMyQueue(code);
        act("receive", "Received");
        assertThat(browser.text("#dossier-workflow li[aria-current='step']")).contains("Current step");
        act("start_processing", "In process");
        assertThat(browser.text("#dossier-workflow li[aria-current='step']")).contains("Transfer");
        browser.find("#reason").sendKeys("Văn phòng đăng ký đất đai giải quyết");
        act("transfer", "In process");
        assertThat(browser.driver().findElements(By.id("action-complete"))).isEmpty();

        signInAs("specialist.department.hanoi", "Demo-specialist-2025");
        openFromMyQueue(code);
        act("complete", "In process");

        signInAs("leader.department.hanoi", "Demo-leader-2025");
        openFromMyQueue(code);
        act("complete", "Processed, awaiting decision");
        act("approve", "Approved");

        signInAs("specialist.department.hanoi", "Demo-specialist-2025");
        openFromMyQueue(code);
        act("transfer_back", "Approved");

        signInAs("counter.hanoi", "Demo-counter-2025");
        openFromMyQueue(code);
        act("issue_result", "Result");
        act("return", "Returned");
        String resultCode = browser.text("#dossier-result-code");
        assertThat(resultCode).startsWith("KQ-");
        assertThat(browser.text("#dossier-timeline"))
                .contains("specialist.department.hanoi", "leader.department.hanoi");
        assertThat(browser.driver().findElements(By.cssSelector("#dossier-timeline td span.badge")))
                .hasSize(6);
        browser.screenshot("dossier-journey-returned");
        browser.go("/dossiers?queue=all&lang=en&status=returned&procedure="
                + DossierWorkflowIntegrationTests.PROVINCE_PROCEDURE);
        assertThat(browser.text("#queue-table tr[data-code='" + code + "']")).contains("Returned");
        assertThat(browser.find("#filter-status").getAttribute("value")).isEqualTo("returned");

        signInAs("citizen", "Demo-citizen-2025");
        browser.go("/dossiers/" + code + "?lang=en");
        browser.find("#score-very_satisfied").click();
        browser.find("#rating-submit").click();
        browser.awaitText("#dossier-rated", "Very satisfied");

        // anyone verifies the result by the code its QR carries
        browser.driver().manage().deleteAllCookies();
        browser.go("/verify?lang=en&code=" + resultCode);
        assertThat(browser.find("body").getText())
                .contains("Yes: a document of type KQ")
                .doesNotContain("Trần Văn Bình", "001085000456");
    }
}
