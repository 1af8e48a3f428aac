package vn.haicap.workforce.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.haicap.support.Api;
import vn.haicap.support.HaicapIntegrationTest;

/**
 * Import jobs live in the database: a job that an earlier run of the application left running (as after a
 * crash or a restart) is reported as interrupted, with its progress and rejected rows as they were stored.
 */
@HaicapIntegrationTest
class ImportJobsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkforceImports imports;

    @Test
    void reportsAJobLeftRunningByAnEarlierProcessAsInterruptedWithWhatItStored() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into workforce.import_job (id, username, file_name, format, status, size_bytes, processed,
                    accepted, rejected_count, percent, created_at)
                values (:id, 'hr.hanoi', 'staff.xlsx', 'xlsx', 'running', 1000, 1500, 1499, 1, 40,
                    now() - interval '1 hour')
                """).param("id", id).update();
        jdbc.sql("""
                insert into workforce.import_rejection (job_id, line, code, arguments)
                values (:id, 17, 'workforce.field-missing', '{full_name}')
                """).param("id", id).update();
        UUID mine = UUID.randomUUID();
        jdbc.sql("""
                insert into workforce.import_job (id, username, file_name, format, status)
                values (:id, 'hr.hanoi', 'now.csv', 'csv', 'running')
                """).param("id", mine).update();

        assertThat(imports.markInterrupted()).isEqualTo(1);

        Api api = new Api(port);
        HttpResponse<String> response =
                api.send(Api.basic(api.request("/api/v1/workforce/imports/" + id), "hr.hanoi", "Demo-hr-2025")
                        .header("Accept-Language", "en")
                        .GET()
                        .build());
        JsonNode job = Api.json(response);
        assertThat(job.get("status").asString()).isEqualTo("interrupted");
        assertThat(job.get("processed").asLong()).isEqualTo(1500);
        assertThat(job.get("accepted").asLong()).isEqualTo(1499);
        assertThat(job.get("rejected").get(0).get("line").asLong()).isEqualTo(17);
        assertThat(job.get("rejected").get(0).get("reason").asString()).contains("full_name");
        // a job of this process (created after its start) is left alone
        assertThat(jdbc.sql("select status from workforce.import_job where id = :id")
                        .param("id", mine)
                        .query(String.class)
                        .single())
                .isEqualTo("running");
        jdbc.sql("delete from workforce.import_job where id = :id")
                .param("id", mine)
                .update();

        HttpResponse<String> other =
                api.send(Api.basic(api.request("/api/v1/workforce/imports/" + id), "hr.dongnai", "Demo-hr-2025")
                        .GET()
                        .build());
        assertThat(other.statusCode()).isEqualTo(404);
    }
}
