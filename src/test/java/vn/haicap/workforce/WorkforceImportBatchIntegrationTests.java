package vn.haicap.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.haicap.support.Api;
import vn.haicap.support.HaicapIntegrationTest;

/**
 * A generated file of a few thousand rows, stored in batches, with bad rows scattered through it: those
 * found in memory (a bad value, an unknown agency or position, an agency already abolished), one only the
 * database refuses (an amount too large for its column, which makes its batch go row by row) and one
 * that would give a person two full-time posts. Each is reported with its exact line; all others are
 * stored.
 */
@HaicapIntegrationTest
class WorkforceImportBatchIntegrationTests {

    static final String HANOI = "hr.hanoi";
    static final String PASSWORD = "Demo-hr-2025";
    static final int ROWS = 3_000;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void storesAGeneratedFileInBatchesAndReportsEachBadRowWithItsLine() {
        Api api = new Api(port);
        created(api, "/api/v1/workforce/agencies", """
                {"code":"BATCH-00004","name":"Văn phòng phường Ba Đình (lô)","kind":"commune_office",
                 "unitCode":"00004","validFrom":"2025-07-01"}""");
        created(api, "/api/v1/workforce/agencies", """
                {"code":"BATCH-OLD","name":"Phòng cũ (lô)","kind":"peoples_committee",
                 "unitCode":"01","validFrom":"2008-08-01"}""");
        created(api, "/api/v1/workforce/agencies/BATCH-00004/positions", """
                {"code":"CV","title":"Chuyên viên","group":"professional","specialism":"general","quota":5000}""");
        HttpResponse<String> closed = post(api, "/api/v1/workforce/agencies/BATCH-OLD/close", """
                {"validTo":"2025-06-30"}""");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);

        // line = index + 2 (the header is line 1)
        Map<Long, String> bad = new LinkedHashMap<>();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            long line = i + 2L;
            String number = identity(i);
            String sex = i % 2 == 0 ? "female" : "male";
            String agency = "BATCH-00004";
            String position = "CV";
            String from = "2025-07-01";
            String to = "";
            String outcome = "";
            String amount = "";
            if (i % 10 == 3) {
                to = "2025-09-30";
                outcome = "resignation,2025-10-01,,decree_154_2025";
                amount = "150000000";
            }
            switch (i) {
                case 99 -> {
                    sex = "x";
                    bad.put(line, "workforce.value-invalid");
                }
                case 700 -> {
                    agency = "BATCH-NONE";
                    bad.put(line, "workforce.agency-not-found");
                }
                case 1203 -> {
                    // too large for numeric(15, 0): only the database refuses it, its batch goes row by row
                    amount = "12345678901234567";
                    bad.put(line, "workforce.row-failed");
                }
                case 1500 -> {
                    agency = "BATCH-OLD";
                    position = "";
                    bad.put(line, "workforce.agency-ended");
                }
                case 2222 -> {
                    // the person of line 12 again, in a second full-time post overlapping the first
                    number = identity(10);
                    from = "2025-08-01";
                    bad.put(line, "workforce.assignment-overlap");
                }
                case 2900 -> {
                    position = "ZZ";
                    bad.put(line, "workforce.position-not-found");
                }
                default -> {}
            }
            if (outcome.isEmpty()) {
                outcome = ",,,";
            }
            rows.add(String.join(
                    ",",
                    number,
                    "Người Thứ " + i,
                    sex,
                    "1980-01-01",
                    "Kinh",
                    "university",
                    "civil_servant",
                    "specialist",
                    "2.34",
                    agency,
                    position,
                    from,
                    to,
                    "QĐ " + i,
                    outcome,
                    amount));
        }

        JsonNode job = WorkforceFiles.imported(api, HANOI, PASSWORD, "batch.csv", WorkforceFiles.csv(rows));

        assertThat(job.get("status").asString()).isEqualTo("done");
        assertThat(job.get("processed").asLong()).isEqualTo(ROWS);
        assertThat(job.get("accepted").asLong()).isEqualTo(ROWS - bad.size());
        assertThat(job.get("rejectedCount").asLong()).isEqualTo(bad.size());
        Map<Long, String> reported = new LinkedHashMap<>();
        job.get("rejected")
                .forEach(r -> reported.put(r.get("line").asLong(), r.get("code").asString()));
        assertThat(reported).containsExactlyEntriesOf(bad);

        // everyone else is stored: one person per accepted row, with their post
        long people = jdbc.sql("select count(*) from workforce.person where identity_number like '0999%'")
                .query(Long.class)
                .single();
        assertThat(people).isEqualTo(ROWS - bad.size());
        long posts = jdbc.sql("""
                        select count(*) from workforce.assignment a join workforce.agency g on g.id = a.agency_id
                        where g.code = 'BATCH-00004'
                        """).query(Long.class).single();
        assertThat(posts).isEqualTo(ROWS - bad.size());
        long resignations = jdbc.sql("""
                        select count(*) from workforce.outcome o join workforce.person p on p.id = o.person_id
                        where p.identity_number like '0999%' and o.kind = 'resignation'
                          and o.amount_paid = 150000000
                        """).query(Long.class).single();
        assertThat(resignations).isEqualTo(ROWS / 10 - 1); // line 1205 was refused
        // the row after the one the database refused, in the same batch, is stored with its outcome
        assertThat(jdbc.sql("""
                        select count(*) from workforce.outcome o join workforce.person p on p.id = o.person_id
                        where p.identity_number = :n
                        """).param("n", identity(1213)).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from workforce.person where identity_number = :n")
                        .param("n", identity(1203))
                        .query(Long.class)
                        .single())
                .isZero();
        // the posts in force, added per statement by the batches and per row by the fallback, add up
        PostChanges.assertMatchAssignments(jdbc);
    }

    private static String identity(int i) {
        return String.format("0999%08d", i);
    }

    private void created(Api api, String path, String json) {
        HttpResponse<String> response = post(api, path, json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private HttpResponse<String> post(Api api, String path, String json) {
        return api.send(Api.basic(api.request(path), HANOI, PASSWORD)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }
}
