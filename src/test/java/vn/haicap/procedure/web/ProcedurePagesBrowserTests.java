package vn.haicap.procedure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.haicap.support.Browser;
import vn.haicap.support.HaicapIntegrationTest;

@HaicapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcedurePagesBrowserTests {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void openBrowserAsProvinceAdministrator() {
        browser = Browser.open(port, "vi");
        browser.login(ProcedureApiIntegrationTests.ADMIN, ProcedureApiIntegrationTests.ADMIN_PASSWORD);
        browser.await(".notice");
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void searchesTheCatalogueWithoutLeavingThePage() {
        browser.go("/procedures?lang=vi");
        assertThat(browser.driver().findElements(By.cssSelector("#results tr[data-code='1.000894']")))
                .hasSize(1);
        browser.await("#q").sendKeys("khai sinh");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("q=khai"));
        browser.await("#results tr[data-code='1.001193']");
        assertThat(browser.text("#results tr[data-code='1.001193']"))
                .contains("Thủ tục đăng ký khai sinh", "Trong ngày", "Miễn phí");
        assertThat(browser.driver().findElements(By.cssSelector("#results tr[data-code='1.000894']")))
                .as("marriage")
                .isEmpty();
        new Select(browser.find("#level")).selectByValue("province");
        browser.awaitText("#results", "Không tìm thấy");
        browser.screenshot("procedure-search");
    }

    @Test
    void showsEverythingACitizenNeedsOnTheProcedurePage() {
        browser.go("/procedures/1.004222?lang=en");
        assertThat(browser.text("#procedure-name")).isEqualTo("Đăng ký thường trú");
        assertThat(browser.text("#procedure-channels tr[data-channel='counter']"))
                .contains("7 working days", "VND 20,000");
        assertThat(browser.text("#procedure-channels tr[data-channel='online']"))
                .contains("VND 10,000");
        assertThat(browser.text("#procedure-papers")).contains("CT01");
        assertThat(browser.text("#procedure-legal-basis")).contains("Luật Cư trú");
        assertThat(browser.text("#procedure-steps")).contains("Bước 1");
        assertThat(browser.text("#procedure-workflow")).contains("Receive");
        browser.screenshot("procedure-page");
    }

    @Test
    void refusesAnInvalidWorkflowWithTheReasonThenSavesTheCorrectedOne() {
        browser.go("/admin/procedures/1.000656/workflow?lang=en");
        String current = browser.text("#workflow-current");
        new Select(browser.find("select[name='rows[3].role']")).selectByValue("specialist");
        browser.find("#workflow-save").click();
        browser.await("#workflow-errors");
        assertThat(browser.find("#workflow-errors li").getAttribute("data-code"))
                .isEqualTo("procedure.workflow.sign-not-leader");
        assertThat(browser.text("#workflow-errors")).contains("Step 4: signing must be done by a leader");
        assertThat(browser.text("#workflow-steps tr[data-step='4']")).contains("signing must be done by a leader");
        assertThat(browser.text("#workflow-current")).isEqualTo(current);
        browser.screenshot("procedure-workflow-refused");

        new Select(browser.find("select[name='rows[3].role']")).selectByValue("leader");
        browser.find("#workflow-add").click();
        browser.await("#workflow-steps tr[data-step='6']");
        browser.find("#workflow-steps tr[data-step='5'] .step-remove").click();
        browser.await("#workflow-steps tr[data-step='5']");
        assertThat(browser.driver().findElements(By.cssSelector("#workflow-steps tbody tr")))
                .hasSize(5);
        browser.find("#note").sendKeys("Browser test");
        browser.find("#workflow-save").click();
        browser.await("#workflow-saved");
        assertThat(browser.text("#workflow-current")).isNotEqualTo(current);
        assertThat(browser.text("#workflow-versions")).contains("Browser test");
        browser.screenshot("procedure-workflow-saved");
    }

    @Test
    void importsAnUploadedExportAndShowsTheReport() throws Exception {
        Path file = Files.createTempFile("procedures", ".json");
        Files.writeString(file, """
                [{"ma_tthc": "1.999101", "ten_tthc": "Thủ tục thử nghiệm tải lên", "linh_vuc": "Thử nghiệm", "cap_thuc_hien": "Cấp Xã",
                  "cach_thuc_thuc_hien": [{"hinh_thuc_nop": "Trực tiếp", "thoi_gian": "Không quy định", "phi_le_phi": "Miễn phí"}]},
                 {"ma_tthc": "sai", "ten_tthc": "Mã sai"}]
                """, StandardCharsets.UTF_8);
        browser.go("/admin/procedures/import?lang=en");
        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        browser.find("#import-form button[type=submit]").click();
        browser.await("#import-summary");
        assertThat(browser.text("#import-summary")).contains("Read 2 procedures", "1 new", "1 rejected");
        assertThat(browser.find("#import-problems tr[data-problem='procedure.import.code-invalid']")
                        .getText())
                .contains("Rejected", "\"sai\"");
        assertThat(browser.find("#import-problems tr[data-problem='procedure.import.time-limit-unknown']")
                        .getText())
                .contains("Không quy định");
        browser.screenshot("procedure-import");
        Files.delete(file);
    }
}
