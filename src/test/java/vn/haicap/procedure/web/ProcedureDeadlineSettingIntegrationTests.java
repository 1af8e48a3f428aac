package vn.haicap.procedure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.haicap.calendar.DeadlinePolicy;
import vn.haicap.procedure.DeadlineSetting;
import vn.haicap.procedure.ProcedureCatalogue;
import vn.haicap.procedure.SubmissionTerms;
import vn.haicap.support.Api;
import vn.haicap.support.HaicapIntegrationTest;

/** A procedure's deadline setting: read by anyone, changed by administrators, audited, refused when invalid. */
@HaicapIntegrationTest
class ProcedureDeadlineSettingIntegrationTests {

    /** Hòa giải tranh chấp đất đai: no other test depends on its deadline setting. */
    static final String CODE = "1.012812";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProcedureCatalogue catalogue;

    Api api() {
        return new Api(port);
    }

    @Test
    void aProcedureNeverSetUsesPolicyAAndItsPublishedCutOff() {
        HttpResponse<String> response = api().get("/api/v1/procedures/1.001193/deadline-setting");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode setting = Api.json(response);
        assertThat(setting.get("code").asString()).isEqualTo("1.001193");
        assertThat(setting.get("policy").asString()).isEqualTo("A");
        assertThat(setting.get("cutOff").isNull()).isTrue();
        assertThat(setting.get("publishedCutOff").asString()).isEqualTo("15:00");
        assertThat(setting.get("effectiveCutOff").asString()).isEqualTo("15:00");
        assertThat(setting.get("customised").asBoolean()).isFalse();
        DeadlineSetting defaults = catalogue.deadlineSetting("1.001193");
        assertThat(defaults.isDefault()).isTrue();
        assertThat(defaults.cutOffFor(catalogue.get("1.001193").referenceLimit().orElse(null)))
                .hasToString("15:00");
        assertSubmissionTermsAgree("1.001193");
    }

    /** A submission's terms, read in one query, are what the catalogue answers one by one. */
    private void assertSubmissionTermsAgree(String code) {
        SubmissionTerms terms = catalogue.forSubmission(code).orElseThrow();
        assertThat(terms.procedure()).isEqualTo(catalogue.get(code));
        assertThat(terms.workflow()).isEqualTo(catalogue.currentWorkflow(code));
        assertThat(terms.deadlineSetting()).isEqualTo(catalogue.deadlineSetting(code));
        assertThat(catalogue.forSubmission("9.999999")).isEmpty();
        assertThat(catalogue.forSubmission("not a code")).isEmpty();
    }

    @Test
    void onlyAdministratorsChangeItAndEveryChangeIsAudited() {
        String body = "{\"policy\":\"B\",\"cutOff\":\"14:30\"}";
        assertThat(api().send(put(CODE, body).build()).statusCode()).isEqualTo(401);
        assertThat(api().send(Api.basic(put(CODE, body), "citizen", "Demo-citizen-2025")
                                .build())
                        .statusCode())
                .isEqualTo(403);
        assertThat(api().send(Api.basic(put(CODE, body), "counter.hanoi", "Demo-counter-2025")
                                .build())
                        .statusCode())
                .isEqualTo(403);

        HttpResponse<String> saved = api().send(Api.basic(
                        put(CODE, body),
                        ProcedureApiIntegrationTests.ADMIN,
                        ProcedureApiIntegrationTests.ADMIN_PASSWORD)
                .build());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonNode setting = Api.json(api().get("/api/v1/procedures/" + CODE + "/deadline-setting"));
        assertThat(setting.get("policy").asString()).isEqualTo("B");
        assertThat(setting.get("cutOff").asString()).isEqualTo("14:30");
        assertThat(setting.get("effectiveCutOff").asString()).isEqualTo("14:30");
        assertThat(setting.get("customised").asBoolean()).isTrue();
        assertThat(setting.get("updatedBy").asString()).isEqualTo(ProcedureApiIntegrationTests.ADMIN);
        assertThat(catalogue.deadlineSetting(CODE).policy()).isEqualTo(DeadlinePolicy.CIVIL_CODE_DAYS);
        assertThat(catalogue.forSubmission(CODE).orElseThrow().deadlineSetting().policy())
                .isEqualTo(DeadlinePolicy.CIVIL_CODE_DAYS);
        assertSubmissionTermsAgree(CODE);

        HttpResponse<String> back = api().send(
                        Api.basic(put(CODE, "{\"policy\":\"A\",\"cutOff\":null}"), "ministry", "Demo-ministry-2025")
                                .build());
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        JsonNode reset = Api.json(back);
        assertThat(reset.get("policy").asString()).isEqualTo("A");
        assertThat(reset.get("cutOff").isNull()).isTrue();
        assertThat(reset.get("updatedBy").asString()).isEqualTo("ministry");

        // the audit log is written after commit, asynchronously
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.sql("""
                                select actor || ' ' || (details ->> 'previousPolicy') || '>' || (details ->> 'policy')
                                    || ' ' || (details ->> 'cutOff')
                                from audit.audit_entry
                                where action = 'procedure.deadline-setting-saved' and subject_id = :code
                                order by id
                                """)
                                .param("code", CODE)
                                .query(String.class)
                                .list())
                        .containsExactly(ProcedureApiIntegrationTests.ADMIN + " A>B 14:30", "ministry B>A "));
    }

    @Test
    void refusesInvalidSettingsWithALocalizedProblem() {
        assertProblem("{\"policy\":\"C\"}", "vi", "procedure.deadline-policy-invalid", "không hợp lệ");
        assertProblem("{\"cutOff\":\"15:00\"}", "en", "procedure.deadline-policy-invalid", "(A or B)");
        assertProblem("{\"policy\":\"B\",\"cutOff\":\"3pm\"}", "fr", "procedure.deadline-cut-off-invalid", "3pm");
        assertProblem("{\"policy\":\"B\",\"cutOff\":\"25:00\"}", "en", "procedure.deadline-cut-off-invalid", "25:00");
        HttpResponse<String> unknown = api().send(Api.basic(
                        put("9.999999", "{\"policy\":\"B\"}"),
                        ProcedureApiIntegrationTests.ADMIN,
                        ProcedureApiIntegrationTests.ADMIN_PASSWORD)
                .build());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Api.json(unknown).get("code").asString()).isEqualTo("procedure.not-found");
        assertThat(api().get("/api/v1/procedures/9.999999/deadline-setting").statusCode())
                .isEqualTo(404);
    }

    private void assertProblem(String body, String language, String code, String detailPart) {
        HttpResponse<String> response = api().send(Api.basic(
                        put(CODE, body).header("Accept-Language", language),
                        ProcedureApiIntegrationTests.ADMIN,
                        ProcedureApiIntegrationTests.ADMIN_PASSWORD)
                .build());
        assertThat(response.statusCode()).as(body).isEqualTo(400);
        JsonNode problem = Api.json(response);
        assertThat(problem.get("code").asString()).as(body).isEqualTo(code);
        assertThat(problem.get("detail").asString()).as(body).contains(detailPart);
    }

    private HttpRequest.Builder put(String code, String body) {
        return api().request("/api/v1/procedures/" + code + "/deadline-setting")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
    }
}
