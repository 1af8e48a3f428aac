package vn.haicap.dossier.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.haicap.support.Api;
import vn.haicap.support.Browser;
import vn.haicap.support.HaicapIntegrationTest;

@HaicapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentBrowserTests {

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

    /** A temporary-residence registration at the counter of Phường Ba Đình, for the citizen. */
    String registerAtCounter() {
        return TestDossiers.submit(new Api(port), PaymentIntegrationTests.PAID_PROCEDURE, "counter");
    }

    boolean imageLoaded(String css) {
        Object width = ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "const i = document.querySelector(arguments[0]); return i && i.complete ? i.naturalWidth : 0;",
                        css);
        return width instanceof Number n && n.intValue() > 0;
    }

    @Test
    void theCounterOfficerRecordsThePaymentOnTheDossierPage() {
        String code = registerAtCounter();
        browser.login("counter.hanoi", "Demo-counter-2025");
        browser.go("/dossiers/" + code + "?lang=en");

        browser.awaitText("#payment-status", "Not paid yet");
        assertThat(browser.text("#payment-total")).contains("VND").containsPattern("\\d");
        assertThat(browser.text("#payment-items")).contains("Charge");
        browser.await("#payment-qr img");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> imageLoaded("#payment-qr img"));
        assertThat(browser.text("#payment-qr")).contains(code);

        new Select(browser.find("#payment-channel")).selectByValue("counter_electronic");
        browser.find("#payment-receipt").sendKeys("BL-WEB-0001");
        browser.find("#payment-submit").click();

        browser.awaitText("#payment-status", "Paid");
        assertThat(browser.text("#payment-done")).contains("recorded");
        assertThat(browser.text("#payment-receipt-no")).isEqualTo("BL-WEB-0001");
        assertThat(browser.driver().findElements(By.id("payment-form"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("payment-qr"))).isEmpty();
        browser.screenshot("payment-paid");

        // the section is loaded again after a reload: the payment is stored
        browser.go("/dossiers/" + code + "?lang=en");
        browser.awaitText("#payment-status", "Paid");
        assertThat(browser.text("#payment-receipt-no")).isEqualTo("BL-WEB-0001");
    }

    @Test
    void theApplicantSeesTheAmountAndTheCodeInVietnameseButCannotRecordAPayment() {
        String code = registerAtCounter();
        browser.login("citizen", "Demo-citizen-2025");
        browser.go("/dossiers/" + code + "?lang=vi");

        browser.awaitText("#payment-status", "Chưa nộp");
        assertThat(browser.text("#payment-total")).contains("đồng");
        browser.await("#payment-qr img");
        assertThat(browser.text("#payment-qr")).contains("Nội dung chuyển khoản: " + code);
        assertThat(browser.driver().findElements(By.id("payment-form"))).isEmpty();
        browser.screenshot("payment-applicant");
    }
}
