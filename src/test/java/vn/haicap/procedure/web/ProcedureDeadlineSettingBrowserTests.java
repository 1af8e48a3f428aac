package vn.haicap.procedure.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.haicap.calendar.DeadlinePolicy;
import vn.haicap.procedure.ProcedureCatalogue;
import vn.haicap.support.Browser;
import vn.haicap.support.HaicapIntegrationTest;

@HaicapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcedureDeadlineSettingBrowserTests {

    /** Hỗ trợ chi phí mai táng: no other test depends on its deadline setting. */
    static final String CODE = "1.001731";

    @LocalServerPort
    int port;

    @Autowired
    ProcedureCatalogue catalogue;

    Browser browser;

    @BeforeAll
    void openBrowserAsProvinceAdministrator() {
        browser = Browser.open(port, "en");
        browser.login(ProcedureApiIntegrationTests.ADMIN, ProcedureApiIntegrationTests.ADMIN_PASSWORD);
        browser.await(".notice");
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAdministratorChoosesTheCivilCodeDayCountAndACutOffOnTheProceduresPage() {
        browser.go("/admin/procedures/" + CODE + "/workflow?lang=en");
        assertThat(browser.text("#deadline-setting")).contains("Deadline policy");
        assertThat(new Select(browser.find("#deadline-policy"))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("A");
        new Select(browser.find("#deadline-policy")).selectByValue("B");
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('deadline-cut-off').value = '15:00';");
        browser.find("#deadline-setting-save").click();
        browser.awaitText("#deadline-setting-saved", "Deadline policy saved.");
        assertThat(new Select(browser.find("#deadline-policy"))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("B");
        assertThat(browser.find("#deadline-cut-off").getAttribute("value")).isEqualTo("15:00");
        assertThat(browser.text("#deadline-updated")).contains(ProcedureApiIntegrationTests.ADMIN);
        var setting = catalogue.deadlineSetting(CODE);
        assertThat(setting.policy()).isEqualTo(DeadlinePolicy.CIVIL_CODE_DAYS);
        assertThat(setting.cutOff()).hasToString("15:00");
    }
}
