package vn.haicap.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.haicap.support.Api;
import vn.haicap.support.Browser;
import vn.haicap.support.HaicapIntegrationTest;

@HaicapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierBrowserTests {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = Browser.open(port, "vi");
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

    JsonNode submitAsCitizen() {
        Api api = new Api(port);
        HttpResponse<String> response =
                api.send(Api.basic(api.request("/api/v1/dossiers"), "citizen", "Demo-citizen-2025")
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(DossierIntegrationTests.submission("online")))
                        .build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Api.json(response);
    }

    @Test
    void theTrackingPageHidesPersonalDataUntilTheCheckCodeIsGiven() {
        JsonNode created = submitAsCitizen();
        String code = created.get("code").asString();
        browser.go("/track?lang=en");
        browser.find("#code").sendKeys(code);
        browser.find("#track-form button[type=submit]").click();
        browser.await("#tracking");
        assertThat(browser.text("#tracking-status")).contains("Submitted");
        assertThat(browser.text("#tracking-applicant")).contains("hidden").doesNotContain("Nguyễn Thị Lan");

        browser.find("#code").clear();
        browser.find("#code").sendKeys(code);
        browser.find("#checkCode").sendKeys(created.get("checkCode").asString());
        browser.find("#track-form button[type=submit]").click();
        browser.awaitText("#tracking-applicant", "Nguyễn Thị Lan");
        browser.screenshot("dossier-track");
    }

    @Test
    void theCounterOfficerFindsTheDossierInTheQueueAndReceivesItFromItsPage() {
        String code = submitAsCitizen().get("code").asString();
        browser.login("counter.hanoi", "Demo-counter-2025");
        browser.go("/dossiers?queue=mine&lang=en&q=" + code);
        assertThat(browser.text("#queue-table tr[data-code='" + code + "']")).contains("Submitted");
        browser.find("#queue-table tr[data-code='" + code + "'] a").click();

        browser.await("#action-receive");
        assertThat(browser.text("#dossier-unit")).isEqualTo("Phường Ba Đình (00004)");
        assertThat(browser.text("#dossier-channel")).isEqualTo("Online");
        browser.find("#action-receive").click();
        browser.awaitText("#dossier-status", "Received");
        assertThat(browser.text("#dossier-done")).contains("Receive");
        assertThat(browser.text("#dossier-due")).isNotEqualTo("—");
        assertThat(browser.text("#dossier-timeline")).contains("counter.hanoi");

        browser.find("#action-start_processing").click();
        browser.awaitText("#dossier-status", "In process");
        browser.find("#action-cancel").click();
        browser.awaitText("#dossier-error", "reason");
        browser.screenshot("dossier-page");
    }

    @Test
    void theApplicantSeesTheirDossiers() {
        String code = submitAsCitizen().get("code").asString();
        browser.login("citizen", "Demo-citizen-2025");
        browser.go("/my/dossiers?lang=en");
        assertThat(browser.text("#my-dossiers tr[data-code='" + code + "']")).contains("Submitted");
        browser.screenshot("dossier-mine");
    }

    void actAs(String username, String password, String code, String action) {
        Api api = new Api(port);
        JsonNode dossier = Api.json(api.send(Api.basic(api.request("/api/v1/dossiers/" + code), username, password)
                .GET()
                .build()));
        HttpResponse<String> response =
                api.send(Api.basic(api.request("/api/v1/dossiers/" + code + "/transitions"), username, password)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"%s\",\"version\":%d}"
                                .formatted(action, dossier.get("version").asInt())))
                        .build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void theApplicantRatesAReturnedDossierOnItsPage() {
        String code = submitAsCitizen().get("code").asString();
        actAs("counter.hanoi", "Demo-counter-2025", code, "receive");
        actAs("counter.hanoi", "Demo-counter-2025", code, "start_processing");
        actAs("specialist.hanoi", "Demo-specialist-2025", code, "complete");
        actAs("leader.hanoi", "Demo-leader-2025", code, "complete");
        actAs("leader.hanoi", "Demo-leader-2025", code, "approve");
        actAs("counter.hanoi", "Demo-counter-2025", code, "issue_result");
        actAs("counter.hanoi", "Demo-counter-2025", code, "return");

        browser.login("citizen", "Demo-citizen-2025");
        browser.go("/dossiers/" + code + "?lang=en");
        assertThat(browser.text("#dossier-status")).contains("Returned");
        browser.find("#score-satisfied").click();
        browser.find("#rating-submit").click();
        browser.awaitText("#dossier-rated", "Satisfied");
        assertThat(browser.driver().findElements(org.openqa.selenium.By.id("dossier-rating")))
                .isEmpty();
    }
}
