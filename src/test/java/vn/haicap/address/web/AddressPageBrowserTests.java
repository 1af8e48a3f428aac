package vn.haicap.address.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.haicap.address.AddressConversion;
import vn.haicap.address.AddressConverter;
import vn.haicap.adminunit.AdminUnitDataset;
import vn.haicap.support.Browser;
import vn.haicap.support.HaicapIntegrationTest;

@HaicapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AddressPageBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    AddressConverter converter;

    @Autowired
    AdminUnitDataset dataset;

    @TempDir
    Path dir;

    Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = Browser.open(port, "en");
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void convertingOneAddressShowsTheNewCommuneAndProvince() {
        String address = "so 5 pho duc chinh, p truc bach, q ba dinh, ha noi";
        AddressConversion expected = converter.convert(address);
        assertThat(expected.newCommune()).isNotNull();

        browser.go("/addresses/convert?lang=en");
        browser.find("#address").sendKeys(address);
        browser.find("#single-form button[type=submit]").click();

        browser.awaitText("#result-new-commune", expected.newCommune().name());
        assertThat(browser.text("#result-status")).isEqualTo("Converted");
        assertThat(browser.text("#result-old-commune")).contains("Phường Trúc Bạch");
        assertThat(browser.text("#result-new-province"))
                .contains(expected.newProvince().name());
        assertThat(browser.driver().getCurrentUrl())
                .as("htmx swapped the result in")
                .endsWith("/addresses/convert?lang=en");
        scrollTo("#result");
        browser.screenshot("address-convert-single");
    }

    @Test
    void anEmptyAddressSentAnywayGetsALocalizedMessage() {
        browser.go("/addresses/convert?lang=fr");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('address').removeAttribute('required')");
        browser.find("#address").sendKeys("   ");
        browser.find("#single-form button[type=submit]").click();

        browser.awaitText("#result-error", "Veuillez saisir une adresse.");
        assertThat(browser.find("#result-error").getAttribute("role")).isEqualTo("alert");
        browser.go("/addresses/convert?lang=en");
    }

    @Test
    void uploadingAFileShowsProgressThenADownloadLinkAndTheSummary() throws IOException {
        Path file = csv(150_000);

        browser.go("/addresses/convert?lang=en");
        browser.find("#file").sendKeys(file.toString());
        browser.find("#batch-form button[type=submit]").click();

        WebElement progress = browser.await("#job-progress");
        assertThat(progress.getTagName()).isEqualTo("progress");
        assertThat(progress.getAttribute("aria-valuemax")).isEqualTo("100");
        assertThat(progress.getAttribute("aria-label")).isEqualTo("Conversion progress");
        browser.awaitText("#job-done", "has been converted");
        WebElement link = browser.find("#download-link");
        assertThat(link.getText()).isEqualTo("Download the result (addresses-converted.csv)");
        assertThat(link.getAttribute("href")).matches(".*/addresses/convert/batch/[0-9a-f-]{36}/download");
        assertThat(browser.text("#summary-rows")).isEqualTo("150,001");
        assertThat(browser.text("#summary-errors")).isEqualTo("1");
        assertThat(browser.text("#job-errors")).contains("150002", "unclosed quote");
        scrollTo("#job-done");
        browser.screenshot("address-convert-batch");
    }

    private void scrollTo(String css) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView()", browser.find(css));
    }

    /** Old addresses from the data set, then one row with a stray quote at the end. */
    private Path csv(int rows) throws IOException {
        Map<String, String> districts = new TreeMap<>();
        dataset.oldDistricts().forEach(d -> districts.put(d.code(), d.fullName()));
        List<AdminUnitDataset.OldCommune> communes = dataset.oldCommunes();
        Path file = dir.resolve("addresses.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,address\n");
            for (int i = 1; i <= rows; i++) {
                AdminUnitDataset.OldCommune c = communes.get(i % communes.size());
                out.write(i + ",\"" + c.fullName() + ", " + districts.get(c.districtCode()) + "\"\n");
            }
            out.write((rows + 1) + ",\"Phường Trúc Bạch\n");
        }
        return file;
    }
}
