package vn.haicap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.haicap.support.Browser;
import vn.haicap.support.HaicapIntegrationTest;

/**
 * A province leader of Hà Nội opens the dashboard, follows the late dossiers behind the on-time indicator,
 * reads the workforce and gender indicators, downloads the monthly PDF, and reads it all on a phone.
 */
@HaicapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportRefresher refresher;

    Browser browser;
    String late;
    String quotaCommune;

    @BeforeAll
    void writeALateDossierAndOpenTheBrowser() {
        late = "RPT-BROWSER-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        insert into dossier.dossier (code, procedure_code, procedure_version, workflow_version, procedure_name,
                            channel, applicant_name, receiving_province, receiving_commune, competent_level, processing_level,
                            status, submitted_at, received_at, due_at, time_limit_minutes, check_code_hash, version)
                        values (:code, 'T.REPORT', 1, 1, 'Thủ tục thử báo cáo', 'online', 'Lê Thị Hoa', '01', '00004',
                            'commune', 'commune', 'in_process', timestamptz '2025-10-06 09:00+07',
                            timestamptz '2025-10-06 09:00+07', timestamptz '2025-10-08 09:00+07', 1440, 'x', 1)""").param("code", late).update();
        // a Hà Nội commune no other test writes to (ReportIntegrationTests takes the first two, the workforce
        // tests 00004 and 00008)
        quotaCommune = jdbc.sql("select code from adminunit.unit_version where level = 'commune'"
                        + " and province_code = '01' and valid_to is null and code not in ('00004', '00008')"
                        + " order by code desc offset 2 limit 1")
                .query(String.class)
                .single();
        agencyWithQuota("UBND-RPTB-" + UUID.randomUUID().toString().substring(0, 8));
        refresher.refreshAll();
        browser = Browser.open(port, "vi");
    }

    /** An agency of {@link #quotaCommune} with a position for two people, through the workforce API. */
    void agencyWithQuota(String code) {
        vn.haicap.support.Api api = new vn.haicap.support.Api(port);
        for (String[] call : List.of(
                new String[] {"/api/v1/workforce/agencies", """
                        {"code":"%s","name":"Cơ quan thử báo cáo","kind":"peoples_committee","unitCode":"%s",
                         "validFrom":"2025-07-01"}""".formatted(code, quotaCommune)},
                new String[] {"/api/v1/workforce/agencies/" + code + "/positions", """
                        {"code":"CV","title":"Chuyên viên","group":"professional","specialism":"finance","quota":2}"""})) {
            HttpResponse<String> response =
                    api.send(vn.haicap.support.Api.basic(api.request(call[0]), "hr.hanoi", "Demo-hr-2025")
                            .header("Content-Type", "application/json")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(call[1]))
                            .build());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        }
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    WebDriverWait await() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
    }

    @Test
    void provinceLeaderSeesTheIndexItsDossiersTheWorkforceAndDownloadsTheReport() throws Exception {
        browser.login("leader.department.hanoi", "Demo-leader-2025");
        browser.await(".notice");
        browser.go("/?lang=vi");
        assertThat(browser.find("a[href='/reports']").getText()).isEqualTo("Báo cáo");
        browser.go("/reports?period=2025-10&lang=vi");
        browser.await("#index-total");
        assertThat(browser.text("#unit-name")).contains("Hà Nội", "2025-10");
        await().until(ExpectedConditions.attributeToBe(By.id("chart-groups"), "data-drawn", "true"));
        assertThat(browser.find("#table-groups caption").getText()).isEqualTo("Điểm theo nhóm chỉ số");
        assertThat(browser.driver().findElements(By.cssSelector("#table-index tbody tr[data-indicator]")))
                .hasSizeGreaterThanOrEqualTo(22);
        assertThat(browser.find("#headcount").getText()).matches("\\d+");
        // a province's gaps: a row per unit, each opening that unit's dashboard
        assertThat(browser.find("#table-gaps caption").getAttribute("textContent"))
                .contains("Thiếu hụt theo đơn vị");
        assertThat(browser.find("#table-gaps tbody tr[data-unit='" + quotaCommune + "'] a")
                        .getAttribute("href"))
                .contains("unit=" + quotaCommune);
        assertThat(browser.find("#table-gender tr[data-indicator='women_staff']")
                        .getText())
                .contains("Tỷ lệ nữ trong đội ngũ");
        assertThat(browser.find("#chart-gender-trend").getAttribute("data-drawn"))
                .isEqualTo("true");

        String pdfHref = browser.find("#monthly-pdf").getAttribute("href");
        browser.find("#table-index tr[data-indicator='2.1'] a.drill").click();
        browser.await("#drill-table");
        assertThat(browser.text("#drill-heading")).contains("hồ sơ trễ hạn");
        assertThat(browser.find("#drill-table tr[data-code='" + late + "']").getText())
                .contains("Trễ hạn");

        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(pdfHref))
                                .header("Cookie", "JSESSIONID=" + session)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(text(pdf.body())).contains("Báo cáo tháng", "Hà Nội", "2025-10", late);
    }

    @Test
    void theDashboardFitsAPhone() {
        browser.login("leader.department.hanoi", "Demo-leader-2025");
        browser.await(".notice");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            browser.go("/reports?period=2025-10&lang=en");
            browser.await("#index-total");
            await().until(ExpectedConditions.attributeToBe(By.id("chart-groups"), "data-drawn", "true"));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            long viewport = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
            long section = ((Number) js.executeScript("return document.querySelector('section.reports').scrollWidth"))
                    .longValue();
            long canvas = ((Number) js.executeScript("return document.getElementById('chart-groups').clientWidth"))
                    .longValue();
            assertThat(viewport).isLessThanOrEqualTo(390);
            assertThat(section).isLessThanOrEqualTo(viewport);
            assertThat(canvas).isPositive().isLessThanOrEqualTo(viewport);
            assertThat(browser.text("#report-filter")).contains("Period");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
