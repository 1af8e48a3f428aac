package vn.haicap.adminunit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.haicap.support.Browser;
import vn.haicap.support.HaicapIntegrationTest;

/** The unit pages in a real browser. */
@HaicapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitPagesBrowserTests {

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = Browser.open(port, "vi");
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void searchPageFindsBacNinhAsYouTypeWithoutDiacritics() {
        browser.go("/units?lang=vi");
        assertThat(browser.driver().findElements(By.cssSelector("table.provinces tbody tr")))
                .hasSize(34);

        browser.await("#q").sendKeys("bac ninh");
        browser.awaitText("#results table.search-results", "Tỉnh Bắc Ninh");

        assertThat(browser.driver().getCurrentUrl()).contains("q=bac");
        List<WebElement> links = browser.driver().findElements(By.cssSelector("#results table.search-results a"));
        assertThat(links.get(0).getText()).isEqualTo("Tỉnh Bắc Ninh");
    }

    @Test
    void searchPageAnswersAPlainFormSubmission() {
        browser.go("/units?lang=vi&q=bac+ninh");
        assertThat(browser.text("#results table.search-results")).contains("Tỉnh Bắc Ninh");
    }

    @Test
    void unitPageShowsPredecessorsWithTheirRelationAndLegalBasis() {
        browser.go("/units/79?lang=vi");
        assertThat(browser.text("h1")).contains("Thành phố Hồ Chí Minh");
        String predecessors = browser.text("table.predecessors");
        assertThat(predecessors)
                .contains("Tỉnh Bình Dương")
                .contains("Tỉnh Bà Rịa - Vũng Tàu")
                .contains("Toàn bộ")
                .contains("202/2025/QH15");
        assertThat(browser.driver().findElements(By.cssSelector("table.children tbody tr")))
                .hasSize(168);
    }

    @Test
    void unitPageWarnsAboutSuspectStatistics() {
        browser.go("/units/25750?lang=vi");
        assertThat(browser.find(".stats-warning").getText()).contains("Diện tích");
    }

    @Test
    void switchingToEnglishChangesTheLabels() {
        browser.go("/units/91?lang=vi");
        assertThat(browser.text("main")).contains("Đơn vị trước đó").doesNotContain("Predecessors");
        assertThat(browser.text("table.predecessors")).contains("Toàn bộ");

        browser.find("nav.lang a[hreflang=en]").click();
        browser.awaitText("main", "Predecessors");

        assertThat(browser.text("main")).doesNotContain("Đơn vị trước đó");
        assertThat(browser.text("table.predecessors")).contains("Whole").contains("Merger");
        browser.go("/units?lang=vi");
    }
}
