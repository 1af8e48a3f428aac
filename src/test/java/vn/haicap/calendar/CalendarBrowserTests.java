package vn.haicap.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.haicap.support.Browser;
import vn.haicap.support.HaicapIntegrationTest;

@HaicapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarBrowserTests {

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

    @Test
    void showsTheOfficialDaysOffOfAYear() {
        browser.go("/calendar?year=2026&lang=vi");
        assertThat(browser.text("#calendar-status")).contains("chính thức");
        assertThat(browser.text("#calendar-days tr[data-date='2026-11-24']")).contains("Ngày Văn hóa Việt Nam");
        assertThat(browser.text("#calendar-days tr[data-date='2026-08-22']")).contains("Làm bù");
    }

    @Test
    void computesADeadlineWithoutLeavingThePage() {
        browser.go("/calendar?year=2026&lang=en");
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('from').value = '2026-02-13T10:00';");
        browser.find("#workingDays").clear();
        browser.find("#workingDays").sendKeys("3");
        browser.find("#deadline-form button[type=submit]").click();
        browser.awaitText("#deadline-due", "25/02/2026 10:00");
        assertThat(browser.text("#deadline-result")).contains("Lunar New Year");
    }

    @Test
    void computesACivilCodeDeadlineForAProvince() {
        browser.go("/calendar?year=2026&lang=en");
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('from').value = '2026-02-13T10:00';");
        browser.find("#workingDays").clear();
        browser.find("#workingDays").sendKeys("3");
        new Select(browser.find("#policy")).selectByValue("B");
        Select province = new Select(browser.find("#province"));
        assertThat(province.getOptions()).hasSizeGreaterThanOrEqualTo(34 + 1);
        province.selectByValue("79");
        browser.find("#deadline-form button[type=submit]").click();
        browser.awaitText("#deadline-due", "25/02/2026 17:00");
        assertThat(browser.text("#deadline-rule")).contains("Civil Code", "08:00–12:00, 13:00–17:00");
        assertThat(browser.text("#deadline-result")).contains("Lunar New Year");
    }

    @Test
    void ministryAdministratorAddsADayOff() {
        browser.login("ministry", "Demo-ministry-2025");
        browser.await(".notice");
        browser.go("/calendar?year=2033&lang=en");
        assertThat(browser.text("#calendar-status")).contains("forecast");
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('day-date').value = '2033-03-15';");
        browser.find("#day-note").sendKeys("Provincial test day");
        browser.find("#calendar-day-form button[type=submit]").click();
        browser.await("[role=status]");
        assertThat(browser.text("#calendar-days tr[data-date='2033-03-15']")).contains("Provincial test day");
        assertThat(browser.text("#calendar-status")).contains("Official calendar of 2033");
        browser.find("header form button[type=submit]").click();
        browser.await(".notice");
    }
}
