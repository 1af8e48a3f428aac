package vn.haicap.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.haicap.support.Api;
import vn.haicap.support.Browser;
import vn.haicap.support.HaicapIntegrationTest;

@HaicapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkforceBrowserTests {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void openBrowser() {
        Api api = new Api(port);
        var response = api.send(Api.basic(api.request("/api/v1/workforce/agencies"), "hr.hanoi", "Demo-hr-2025")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"code":"UBND-00025","name":"Ủy ban nhân dân phường Giảng Võ","kind":"peoples_committee",
                         "unitCode":"00025","validFrom":"2025-07-01"}"""))
                .build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        browser = Browser.open(port, "en");
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void hrOfficerImportsAFileWatchesItFinishAndOpensTheStatistics() throws Exception {
        Path file = Files.createTempFile("workforce", ".csv");
        Files.write(
                file,
                WorkforceFiles.csv(List.of(
                        "001165000101,Bùi Thị Lan,female,1965-09-09,Kinh,university,civil_servant,specialist,4.65,"
                                + "UBND-00025,,2025-07-01,2025-08-31,,early_retirement,2025-09-01,,decree_178_2024,"
                                + "350000000",
                        "001188000102,Mai Văn Long,male,1988-02-02,Kinh,university,civil_servant,,,UBND-00025,,"
                                + "2025-07-01,,,,,,,",
                        "001188000103,Không Ngày Sinh,male,,Kinh,,civil_servant,,,UBND-00025,,,,,,,,,")));
        browser.login("hr.hanoi", "Demo-hr-2025");
        browser.await(".notice");
        browser.go("/workforce/imports?lang=en");
        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        browser.find("#import-form button[type=submit]").click();
        browser.await("#job-done");
        assertThat(browser.text("#summary-processed")).isEqualTo("3");
        assertThat(browser.text("#summary-accepted")).isEqualTo("2");
        assertThat(browser.text("#job-rejections tr[data-line='4']")).contains("birth_date");

        browser.find("#statistics-link").click();
        browser.await("#statistics-form");
        browser.find("#unit").clear();
        browser.find("#unit").sendKeys("00025");
        browser.find("#statistics-form button[type=submit]").click();
        browser.awaitText("#statistics-unit", "00025");
        assertThat(browser.text("#statistics-total")).contains("Total: 1 people");
        assertThat(browser.text("#by-reason tr[data-key='early_retirement']")).contains("Early retirement", "1");
        assertThat(browser.text("#by-sex tr[data-key='female']")).contains("1");

        browser.go("/workforce/gaps?unit=00025&lang=en");
        assertThat(browser.text("h1")).contains("Staffing gaps");
        Files.deleteIfExists(file);
    }
}
