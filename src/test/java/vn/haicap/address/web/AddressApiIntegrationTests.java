package vn.haicap.address.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.haicap.address.AddressConversion;
import vn.haicap.address.AddressConverter;
import vn.haicap.adminunit.AdminUnitDataset;
import vn.haicap.support.Api;
import vn.haicap.support.HaicapIntegrationTest;

@HaicapIntegrationTest
class AddressApiIntegrationTests {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort
    int port;

    @Autowired
    AddressConverter converter;

    @Autowired
    AdminUnitDataset dataset;

    Api api() {
        return new Api(port);
    }

    @Test
    void convertsOneOldAddressPostedAsJson() {
        String address = "Số 5 Phó Đức Chính, Phường Trúc Bạch, Quận Ba Đình, Thành phố Hà Nội";
        AddressConversion expected = converter.convert(address);
        assertThat(expected.status()).isEqualTo(AddressConversion.Status.CONVERTED);

        HttpResponse<String> response =
                api().postJson("/api/v1/addresses/convert", "{\"address\":\"" + address + "\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode json = Api.json(response);
        assertThat(json.get("status").asString()).isEqualTo("converted");
        assertThat(json.get("oldCommune").get("name").asString()).isEqualTo("Phường Trúc Bạch");
        assertThat(json.get("oldDistrict").get("name").asString()).isEqualTo("Quận Ba Đình");
        assertThat(json.get("newCommune").get("code").asString())
                .isEqualTo(expected.newCommune().code());
        assertThat(json.get("newProvince").get("code").asString()).isEqualTo("01");
        assertThat(json.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.get("streetPart").asString()).contains("Phó Đức Chính");
    }

    @Test
    void answersTheSameToAGetWithTheAddressInTheQuery() {
        String address = "Phường Trúc Bạch, Quận Ba Đình, Hà Nội";
        HttpResponse<String> response = api().get("/api/v1/addresses/convert?address="
                + java.net.URLEncoder.encode(address, StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Api.json(response).get("newCommune").get("code").asString())
                .isEqualTo(converter.convert(address).newCommune().code());
    }

    @Test
    void listsEveryCandidateAndNoNewCommuneForASplitOldCommune() {
        AdminUnitDataset.OldCommune split = dataset.oldCommunes().stream()
                .filter(c -> c.newCommuneCodes().size() >= 3)
                .findFirst()
                .orElseThrow();
        String district = dataset.oldDistricts().stream()
                .filter(d -> d.code().equals(split.districtCode()))
                .findFirst()
                .orElseThrow()
                .fullName();
        String address = split.fullName() + ", " + district;
        AddressConversion expected = converter.convert(address);
        assertThat(expected.status()).isEqualTo(AddressConversion.Status.AMBIGUOUS);

        JsonNode json = Api.json(api().postJson("/api/v1/addresses/convert", "{\"address\":\"" + address + "\"}"));

        assertThat(json.get("status").asString()).isEqualTo("ambiguous");
        assertThat(json.get("newCommune").isNull()).isTrue();
        assertThat(json.get("candidates")).hasSize(expected.candidates().size());
        assertThat(json.get("candidates").get(0).get("relation").asString()).isNotBlank();
    }

    @Test
    void answersNullUnitsForAnAddressItCannotPlace() {
        JsonNode json = Api.json(api().postJson("/api/v1/addresses/convert", "{\"address\":\"qwzx vbnm 123\"}"));

        assertThat(json.get("status").asString()).isEqualTo("not_found");
        assertThat(json.get("oldCommune").isNull()).isTrue();
        assertThat(json.get("newCommune").isNull()).isTrue();
        assertThat(json.get("candidates")).isEmpty();
    }

    @Test
    void refusesAnEmptyAddressWithAProblemInTheCallersLanguage() {
        Map<String, String> details = new TreeMap<>();
        for (String language : List.of("vi", "en", "fr")) {
            HttpResponse<String> response = api().send(api().request("/api/v1/addresses/convert")
                    .header("Content-Type", "application/json")
                    .header("Accept-Language", language)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"address\":\"   \"}"))
                    .build());
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
            JsonNode problem = Api.json(response);
            assertThat(problem.get("code").asString()).isEqualTo("address.empty");
            details.put(language, problem.get("detail").asString());
        }
        assertThat(details)
                .containsEntry("vi", "Hãy nhập một địa chỉ.")
                .containsEntry("en", "Please enter an address.")
                .containsEntry("fr", "Veuillez saisir une adresse.");
        assertThat(Api.json(api().get("/api/v1/addresses/convert")).get("code").asString())
                .isEqualTo("address.empty");
    }

    @Test
    void refusesAnAddressOverTenKilobytes() {
        String body = "{\"address\":\"" + "Phường Trúc Bạch ".repeat(700) + "\"}";
        HttpResponse<String> response = api().postJson("/api/v1/addresses/convert", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Api.json(response).get("code").asString()).isEqualTo("address.too-long");
    }

    @Test
    void streamsAHundredThousandRowCsvBackWithEveryRowConverted() throws IOException, InterruptedException {
        int rows = 100_000;
        HttpRequest request = api().request("/api/v1/addresses/convert-batch")
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> generatedCsv(rows)))
                .build();

        HttpResponse<InputStream> response =
                java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        long count = 0;
        long errors = 0;
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertThat(parser.getHeaderNames())
                    .startsWith("id", "address", "status")
                    .endsWith("confidence", "error");
            for (CSVRecord record : parser) {
                count++;
                assertThat(record.get("id")).isEqualTo(String.valueOf(count));
                if (record.get("status").equals("error")) {
                    errors++;
                }
            }
        }
        assertThat(count).isEqualTo(rows);
        assertThat(errors).isZero();
    }

    @Test
    void refusesABatchWithoutAddressColumnBeforeAnyOutput() {
        HttpResponse<String> response = api().send(api().request("/api/v1/addresses/convert-batch")
                .header("Content-Type", "text/csv")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("id,street\n1,Lê Lợi\n"))
                .build());

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = Api.json(response);
        assertThat(problem.get("code").asString()).isEqualTo("address.batch-no-address-column");
        assertThat(problem.get("detail").asString()).contains("found: id, street");
    }

    @Test
    void convertsAWorkbookPostedAsXlsxIntoAWorkbook() throws IOException {
        ByteArrayOutputStream upload = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("dia_chi");
            sheet.createRow(1).createCell(0).setCellValue("Phuong Truc Bach, Quan Ba Dinh, Ha Noi");
            sheet.createRow(2).createCell(0).setCellValue("");
            sheet.getRow(2).createCell(1).setCellValue("x");
            workbook.write(upload);
        }
        HttpResponse<byte[]> response = sendBytes(upload.toByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(XLSX);
        try (XSSFWorkbook result = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = result.getSheetAt(0);
            Row first = sheet.getRow(1);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("status");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("converted");
            assertThat(first.getCell(6).getStringCellValue())
                    .isEqualTo(converter
                            .convert("Phuong Truc Bach, Quan Ba Dinh, Ha Noi")
                            .newCommune()
                            .code());
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("error");
        }
    }

    @Test
    void documentsTheEndpointsInTheOpenApiDescription() {
        HttpResponse<String> response = api().get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paths = Api.json(response).get("paths");
        assertThat(paths.has("/api/v1/addresses/convert")).isTrue();
        assertThat(paths.get("/api/v1/addresses/convert-batch")
                        .get("post")
                        .get("description")
                        .asString())
                .contains("`error`", "line 17: unclosed quote");
        JsonNode content = paths.get("/api/v1/addresses/convert-batch")
                .get("post")
                .get("requestBody")
                .get("content");
        assertThat(content.has("text/csv")).isTrue();
        assertThat(content.has(XLSX)).isTrue();
    }

    private HttpResponse<byte[]> sendBytes(byte[] body) {
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(
                            api().request("/api/v1/addresses/convert-batch")
                                    .header("Content-Type", XLSX)
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code rows} rows of old addresses, generated while the request body is sent. */
    private InputStream generatedCsv(int rows) {
        List<AdminUnitDataset.OldCommune> communes = dataset.oldCommunes();
        Map<String, String> districts = new TreeMap<>();
        dataset.oldDistricts().forEach(d -> districts.put(d.code(), d.fullName()));
        Iterator<InputStream> chunks = new Iterator<>() {
            int next = 1;

            @Override
            public boolean hasNext() {
                return next <= rows;
            }

            @Override
            public InputStream next() {
                StringBuilder text = new StringBuilder(next == 1 ? "id,address\n" : "");
                for (int i = 0; i < 1_000 && next <= rows; i++, next++) {
                    AdminUnitDataset.OldCommune c = communes.get(next % communes.size());
                    text.append(next)
                            .append(",\"Số ")
                            .append(next % 200)
                            .append(", ")
                            .append(c.fullName())
                            .append(", ")
                            .append(districts.get(c.districtCode()))
                            .append("\"\n");
                }
                return new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
            }
        };
        return new SequenceInputStream(new Enumeration<>() {
            @Override
            public boolean hasMoreElements() {
                return chunks.hasNext();
            }

            @Override
            public InputStream nextElement() {
                return chunks.next();
            }
        });
    }
}
