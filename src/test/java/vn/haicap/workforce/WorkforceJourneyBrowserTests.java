package vn.haicap.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.haicap.support.Api;
import vn.haicap.support.Browser;
import vn.haicap.support.HaicapIntegrationTest;

/**
 * The "done when", in a browser: an HR officer of Hà Nội imports staff from an XLSX file, finds a
 * person without typing diacritics, records her early retirement (and sees a localized error first), sees
 * headcount and positions, the commune gaps with redeployment suggestions and the departure statistics, and
 * exports the statistics and the gaps.
 */
@HaicapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkforceJourneyBrowserTests {

    @LocalServerPort
    int port;

    Api api;
    Browser browser;

    @BeforeAll
    void openBrowser() {
        api = new Api(port);
        // Nghĩa Đô 00160 and Phú Thượng 00091 both come from the former Tây Hồ district
        post("/api/v1/workforce/agencies", """
                {"code":"UBND-00160","name":"Ủy ban nhân dân phường Nghĩa Đô","kind":"peoples_committee",
                 "unitCode":"00160","validFrom":"2025-07-01"}""");
        post("/api/v1/workforce/agencies", """
                {"code":"UBND-00091","name":"Ủy ban nhân dân phường Phú Thượng","kind":"peoples_committee",
                 "unitCode":"00091","validFrom":"2025-07-01"}""");
        post("/api/v1/workforce/agencies/UBND-00160/positions", """
                {"code":"DD","title":"Công chức địa chính","group":"professional","specialism":"land",
                 "requiredRank":"specialist","requiredQualification":"university","quota":3}""");
        post("/api/v1/workforce/agencies/UBND-00091/positions", """
                {"code":"DD","title":"Công chức địa chính","group":"professional","specialism":"land","quota":1}""");
        browser = Browser.open(port, "en");
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void hrOfficerImportsAProvincesStaffRecordsOutcomesSeesGapsAndStatisticsAndExportsThem() throws Exception {
        Path file = Files.createTempFile("workforce", ".xlsx");
        Files.write(
                file,
                WorkforceFiles.xlsx(List.of(
                        row("001176000301", "Trịnh Thị Nguyệt", "female", "1976-03-03", "UBND-00160"),
                        row("001185000302", "Cao Văn Phúc", "male", "1985-05-05", "UBND-00091"),
                        row("001987000303", "Phùng Thị Quyên", "female", "1987-07-07", "UBND-00091"),
                        row("001158000304", "Tô Văn Sang", "male", "1958-08-08", "UBND-00091"),
                        row("001990000305", "Không Cơ Quan", "male", "1990-01-01", "UBND-99999"))));
        browser.login("hr.hanoi", "Demo-hr-2025");
        browser.await(".notice");

        // import
        browser.go("/workforce/imports?lang=en");
        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        browser.find("#import-form button[type=submit]").click();
        browser.await("#job-done");
        assertThat(browser.text("#summary-processed")).isEqualTo("5");
        assertThat(browser.text("#summary-accepted")).isEqualTo("4");
        assertThat(browser.text("#job-rejections tr[data-line='6']")).contains("UBND-99999");

        // find a person without diacritics and record an outcome
        browser.go("/workforce/people?lang=en");
        browser.find("#q").sendKeys("trinh thi nguyet");
        browser.find("#people-form button[type=submit]").click();
        browser.awaitText("#people-count", "1 people found");
        browser.find("#people-table a").click();
        browser.awaitText("#person-name", "Trịnh Thị Nguyệt");
        new Select(browser.find("#outcome-kind")).selectByValue("transferred");
        browser.find("#outcome-date").sendKeys("2025-10-01");
        browser.find("#outcome-form button[type=submit]").click();
        browser.awaitText("#person-error", "A transfer needs the receiving agency.");
        new Select(browser.find("#outcome-kind")).selectByValue("early_retirement");
        browser.find("#outcome-date").clear();
        browser.find("#outcome-date").sendKeys("01/10/2025");
        new Select(browser.find("#outcome-policy")).selectByValue("decree_178_2024");
        browser.find("#outcome-amount").sendKeys("420000000");
        browser.find("#outcome-form button[type=submit]").click();
        browser.awaitText("#person-saved", "The outcome has been recorded.");
        assertThat(browser.text("#outcomes-table tr[data-kind='early_retirement']"))
                .contains("2025-10-01");
        // her post ends the day before
        browser.find("#to-0").sendKeys("2025-09-30");
        browser.find(".assignment-form button[type=submit]").click();
        browser.awaitText("#person-saved", "The assignment has been saved.");
        assertThat(browser.text("#assignments-table tr[data-agency='UBND-00160']"))
                .contains("2025-09-30");

        // headcount and positions
        browser.go("/workforce/staffing?unit=01&lang=en");
        assertThat(browser.text("#staffing-table tr[data-unit='00091'] .headcount"))
                .isEqualTo("3");
        assertThat(browser.text("#staffing-table tr[data-unit='00091'] .over")).isEqualTo("2");
        assertThat(browser.text("#staffing-table tr[data-unit='00160'] .vacant"))
                .isEqualTo("3");

        // gaps and who could come
        browser.go("/workforce/gaps?unit=01&lang=en");
        // the province: a row per commune, 3 land posts missing in Nghĩa Đô; its own page by specialism
        assertThat(browser.text("#gaps-table tr.unit-row[data-unit='00160']")).contains("1 specialism short", "3");
        browser.find("#gaps-table tr.unit-row[data-unit='00160'] a.unit-link").click();
        browser.await("#gaps-table tr[data-unit='00160'][data-specialism='land']");
        assertThat(browser.text("h2")).contains("00160");
        assertThat(browser.text("#gaps-table tr[data-unit='00160'][data-specialism='land']"))
                .contains("3", "0");
        browser.find("#gaps-table tr[data-unit='00160'][data-specialism='land'] a.suggest-link")
                .click();
        browser.await("#suggestions-table");
        assertThat(browser.text("#suggestions-gap")).contains("missing 3");
        assertThat(browser.driver().findElements(By.cssSelector("#suggestions-table tbody tr")))
                .hasSize(3);
        assertThat(browser.text("#suggestions-table tr[data-rank='1']"))
                .contains("Cao Văn Phúc", "same specialism (land)", "former", "Tây Hồ");
        assertThat(browser.text("#suggestions-table tr[data-rank='3']")).contains("Tô Văn Sang", "close to retirement");

        // departure statistics, exported
        browser.go("/workforce/statistics?lang=en");
        browser.find("#unit").clear();
        browser.find("#unit").sendKeys("00160");
        browser.find("#statistics-form button[type=submit]").click();
        browser.awaitText("#statistics-unit", "00160");
        assertThat(browser.text("#statistics-total")).contains("Total: 1 people", "420.000.000");
        assertThat(browser.text("#by-reason tr[data-key='early_retirement']")).contains("1");
        assertThat(browser.text("#by-age tr[data-key='40_49']")).contains("1");
        String csv = download(browser.find("#export-departures-csv").getAttribute("href"));
        assertThat(csv.lines())
                .anyMatch(line -> line.startsWith("00160,2025-01-01,")
                        && line.contains(",reason,early_retirement,")
                        && line.endsWith(",1"))
                .anyMatch(line -> line.contains(",age_band,40_49,") && line.endsWith(",1"));
        browser.go("/workforce/gaps?unit=01&lang=en");
        String gaps = download(browser.find("#export-gaps-csv").getAttribute("href"));
        assertThat(gaps).contains("00160,Phường Nghĩa Đô,land,3,0,3");

        // a bad date is a readable message, not an error page
        browser.go("/workforce/staffing?unit=01&date=31-12-2025&lang=en");
        assertThat(browser.text("#staffing-error")).contains("Invalid date", "31-12-2025");
        Files.deleteIfExists(file);
    }

    private String download(String url) throws Exception {
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(java.net.URI.create(url))
                                .header("Cookie", "JSESSIONID=" + session)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().replace("\uFEFF", "");
    }

    private static List<String> row(String identity, String name, String sex, String birth, String agency) {
        return List.of(
                identity,
                name,
                sex,
                birth,
                "Kinh",
                "university",
                "civil_servant",
                "specialist",
                "3.33",
                agency,
                agency.equals("UBND-99999") ? "" : "DD",
                "2025-07-01");
    }

    private void post(String path, String json) {
        HttpResponse<String> response = api.send(Api.basic(api.request(path), "hr.hanoi", "Demo-hr-2025")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
}
