package vn.haicap.workforce;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small files in the import template, written in the tests. */
final class WorkforceFiles {

    static final String HEADER = "identity_number,full_name,sex,birth_date,ethnicity,education,category,rank,"
            + "salary_coefficient,agency_code,position_code,assignment_from,assignment_to,decision_number,outcome,"
            + "outcome_date,to_agency_code,policy,amount_paid";

    private WorkforceFiles() {}

    /**
     * Uploads a file to {@code POST /api/v1/workforce/imports} as the officer and waits for its job to end; the
     * rejected rows' reasons come in English.
     */
    static tools.jackson.databind.JsonNode imported(
            vn.haicap.support.Api api, String username, String password, String name, byte[] content) {
        String boundary = "----haicap" + java.util.UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.net.http.HttpResponse<String> accepted =
                api.send(vn.haicap.support.Api.basic(api.request("/api/v1/workforce/imports"), username, password)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build());
        org.assertj.core.api.Assertions.assertThat(accepted.statusCode())
                .as(accepted.body())
                .isEqualTo(202);
        String id = vn.haicap.support.Api.json(accepted).get("id").asString();
        return org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(120))
                .pollInterval(java.time.Duration.ofMillis(200))
                .until(
                        () -> vn.haicap.support.Api.json(api.send(vn.haicap.support.Api.basic(
                                        api.request("/api/v1/workforce/imports/" + id), username, password)
                                .header("Accept-Language", "en")
                                .GET()
                                .build())),
                        job -> java.util.Set.of("done", "failed")
                                .contains(job.get("status").asString()));
    }

    static byte[] csv(List<String> rows) {
        return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static byte[] xlsx(List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("workforce");
            String[] header = HEADER.split(",");
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> values = rows.get(r);
                for (int i = 0; i < values.size(); i++) {
                    if (!values.get(i).isEmpty()) {
                        row.createCell(i).setCellValue(values.get(i));
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
