package vn.haicap.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.haicap.audit.AuditLog;
import vn.haicap.support.Browser;
import vn.haicap.support.HaicapIntegrationTest;

@HaicapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    AuditLog auditLog;

    Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = Browser.open(port, "vi");
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void homePageSpeaksVietnameseByDefaultAndSwitchesToEnglishAndFrench() {
        browser.go("/?lang=vi");
        assertThat(browser.text("h1")).contains("chính quyền địa phương hai cấp");
        browser.go("/?lang=en");
        assertThat(browser.text("h1")).contains("two-tier local government");
        browser.go("/");
        assertThat(browser.text("h1")).as("the choice is remembered").contains("two-tier local government");
        browser.go("/?lang=fr");
        assertThat(browser.text("h1")).contains("administration locale");
        browser.go("/?lang=vi");
    }

    @Test
    void signsInWithADemoAccountAndTheLoginIsAudited() {
        browser.login("leader.hanoi", "Demo-leader-2025");
        assertThat(browser.await(".notice").getText()).contains("leader.hanoi");
        browser.find("header form button[type=submit]").click();
        browser.await(".notice");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(auditLog.latest("account.login-succeeded", 50))
                        .anySatisfy(entry -> assertThat(entry.actor()).isEqualTo("leader.hanoi")));
    }

    @Test
    void showsALocalizedMessageForAWrongPassword() {
        browser.login("citizen", "not-the-password");
        assertThat(browser.await("[role=alert]").getText()).contains("không đúng");
    }

    @Test
    void showsALocalizedNotFoundPageToASignedInUser() {
        browser.login("citizen", "Demo-citizen-2025");
        browser.await(".notice");
        browser.go("/no-such-page?lang=vi");
        assertThat(browser.text("[role=alert]")).contains("Không tìm thấy");
        browser.go("/");
        browser.find("header form button[type=submit]").click();
        browser.await(".notice");
    }
}
