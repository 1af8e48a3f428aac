package vn.haicap.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.haicap.support.Api;
import vn.haicap.support.HaicapIntegrationTest;

/**
 * Agencies and positions through the API, then a CSV and an XLSX import with bad rows, and what the
 * statistics, the gaps and the jurisdiction rules make of them.
 */
@HaicapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkforceIntegrationTests {

    static final String HANOI = "hr.hanoi";
    static final String DONGNAI = "hr.dongnai";
    static final String PASSWORD = "Demo-hr-2025";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    JsonNode csvJob;
    JsonNode xlsxJob;

    @BeforeAll
    void recordAgenciesAndImport() throws InterruptedException {
        api = new Api(port);
        created(post(HANOI, "/api/v1/workforce/agencies", """
                {"code":"UBND-00004","name":"Ủy ban nhân dân phường Ba Đình","kind":"peoples_committee",
                 "unitCode":"00004","validFrom":"2025-07-01"}"""));
        created(post(HANOI, "/api/v1/workforce/agencies", """
                {"code":"VP-00008","name":"Văn phòng HĐND và UBND phường Ngọc Hà","kind":"commune_office",
                 "unitCode":"00008","validFrom":"2025-07-01"}"""));
        created(post(HANOI, "/api/v1/workforce/agencies", """
                {"code":"UBND-Q-BADINH","name":"Ủy ban nhân dân quận Ba Đình","kind":"peoples_committee",
                 "unitCode":"01","validFrom":"2008-08-01"}"""));
        created(post(DONGNAI, "/api/v1/workforce/agencies", """
                {"code":"UBND-25195","name":"Ủy ban nhân dân phường Bình Phước","kind":"peoples_committee",
                 "unitCode":"25195","validFrom":"2025-07-01"}"""));
        created(post(HANOI, "/api/v1/workforce/agencies/UBND-00004/positions", """
                {"code":"DD","title":"Công chức địa chính","group":"professional","specialism":"land",
                 "requiredRank":"specialist","requiredQualification":"university","quota":3}"""));
        created(post(HANOI, "/api/v1/workforce/agencies/UBND-00004/positions", """
                {"code":"TC","title":"Công chức tài chính","group":"professional","specialism":"finance","quota":2}"""));
        created(post(HANOI, "/api/v1/workforce/agencies/VP-00008/positions", """
                {"code":"TP","title":"Công chức tư pháp","group":"professional","specialism":"justice","quota":1}"""));
        HttpResponse<String> closed = post(HANOI, "/api/v1/workforce/agencies/UBND-Q-BADINH/close", """
                {"validTo":"2025-06-30","mergedInto":"UBND-00004"}""");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(Api.json(closed).get("mergedInto").asString()).isEqualTo("UBND-00004");

        csvJob = WorkforceFiles.imported(
                api,
                HANOI,
                PASSWORD,
                "people.csv",
                WorkforceFiles.csv(List.of(
                        "001168000001,Nguyễn Thị An,female,1968-05-10,Kinh,university,civil_servant,specialist,4.32,"
                                + "UBND-00004,DD,2025-07-01,2025-09-30,QĐ 12/QĐ-UBND,early_retirement,2025-10-01,,"
                                + "decree_178_2024,500000000",
                        "001090000002,Trần Văn Bình,x,1990-01-01,Kinh,university,public_employee,,,VP-00008,TP,2025-07-01,"
                                + ",,,,,,",
                        "001090000003,Lê Văn Cường,male,1990-01-01,Tày,university,civil_servant,specialist,2.67,VP-00008,TP,"
                                + "2025-07-01,,QĐ 15,,,,,",
                        "001162000004,Phạm Thị Dung,female,1962-03-03,Kinh,master,cadre,,,UBND-00004,TC,2025-07-01,2025-08-14,"
                                + ",resignation,15/08/2025,,decree_154_2025,200000000",
                        "075080000005,Hoàng Văn Em,male,1980-01-01,Kinh,university,civil_servant,,,UBND-25195,,2025-07-01,,"
                                + ",,,,,")));
        xlsxJob = WorkforceFiles.imported(
                api,
                HANOI,
                PASSWORD,
                "people.xlsx",
                WorkforceFiles.xlsx(List.of(
                        List.of(
                                "001170000006",
                                "Vũ Văn Giang",
                                "male",
                                "1970-02-02",
                                "Kinh",
                                "university",
                                "civil_servant",
                                "principal_specialist",
                                "4.74",
                                "UBND-00004",
                                "DD",
                                "2025-07-01",
                                "",
                                "QĐ 20"),
                        List.of(
                                "001195000007",
                                "Đỗ Thị Hà",
                                "female",
                                "1995-06-01",
                                "Mường",
                                "college",
                                "contract_worker",
                                "",
                                "",
                                "VP-00008",
                                "",
                                "2025-07-01",
                                "2025-07-31",
                                "",
                                "other",
                                "2025-08-01"),
                        List.of(
                                "001180000008",
                                "",
                                "female",
                                "1980-01-01",
                                "",
                                "",
                                "civil_servant",
                                "",
                                "",
                                "VP-00008"))));
    }

    @Test
    void importsACsvFileAndReportsTheBadRowsWithTheirLineNumbers() {
        assertThat(csvJob.get("status").asString()).isEqualTo("done");
        assertThat(csvJob.get("processed").asLong()).isEqualTo(5);
        assertThat(csvJob.get("accepted").asLong()).isEqualTo(3);
        List<JsonNode> rejected = csvJob.get("rejected").valueStream().toList();
        assertThat(rejected).hasSize(2);
        assertThat(rejected.get(0).get("line").asLong()).isEqualTo(3);
        assertThat(rejected.get(0).get("code").asString()).isEqualTo("workforce.value-invalid");
        assertThat(rejected.get(0).get("reason").asString()).contains("sex", "\"x\"");
        assertThat(rejected.get(1).get("line").asLong()).isEqualTo(6);
        assertThat(rejected.get(1).get("code").asString()).isEqualTo("workforce.outside-jurisdiction");
        assertThat(rejected.get(1).get("reason").asString()).contains("25195", "outside your jurisdiction");
    }

    @Test
    void importsAnXlsxFileGeneratedWithPoi() {
        assertThat(xlsxJob.get("status").asString()).isEqualTo("done");
        assertThat(xlsxJob.get("processed").asLong()).isEqualTo(3);
        assertThat(xlsxJob.get("accepted").asLong()).isEqualTo(2);
        JsonNode rejected = xlsxJob.get("rejected").get(0);
        assertThat(rejected.get("line").asLong()).isEqualTo(4);
        assertThat(rejected.get("code").asString()).isEqualTo("workforce.field-missing");
        assertThat(rejected.get("reason").asString()).contains("full_name");
    }

    @Test
    void countsDeparturesFromTheImportedData() {
        JsonNode ward = Api.json(
                get(HANOI, "/api/v1/workforce/statistics/departures?unit=00004&from=2025-07-01&to=2025-12-31"));
        assertThat(ward.get("total").asLong()).isEqualTo(2);
        assertThat(ward.get("byReason").get("early_retirement").asLong()).isEqualTo(1);
        assertThat(ward.get("byReason").get("resignation").asLong()).isEqualTo(1);
        assertThat(ward.get("byReason").get("retired").asLong()).isZero();
        assertThat(ward.get("bySex").get("female").asLong()).isEqualTo(2);
        assertThat(ward.get("bySex").get("male").asLong()).isZero();
        assertThat(ward.get("byCategory").get("civil_servant").asLong()).isEqualTo(1);
        assertThat(ward.get("byCategory").get("cadre").asLong()).isEqualTo(1);
        assertThat(ward.get("byMonth").get("2025-08").asLong()).isEqualTo(1);
        assertThat(ward.get("byMonth").get("2025-10").asLong()).isEqualTo(1);
        assertThat(ward.get("byAgeBand").get("55_59").asLong()).isEqualTo(1);
        assertThat(ward.get("byAgeBand").get("60_plus").asLong()).isEqualTo(1);
        assertThat(ward.get("amountPaid").decimalValue()).isEqualByComparingTo("700000000");

        JsonNode onlyAugust = Api.json(
                get(HANOI, "/api/v1/workforce/statistics/departures?unit=00004&from=2025-08-01&to=2025-08-31"));
        assertThat(onlyAugust.get("total").asLong()).isEqualTo(1);

        JsonNode other = Api.json(get(
                "ministry",
                "Demo-ministry-2025",
                "/api/v1/workforce/statistics/departures?unit=00008&from=2025-07-01&to=2025-12-31"));
        assertThat(other.get("total").asLong()).isEqualTo(1);
        assertThat(other.get("byReason").get("other").asLong()).isEqualTo(1);
        assertThat(other.get("byAgeBand").get("30_39").asLong()).isEqualTo(1);
    }

    @Test
    void comparesQuotasWithThePeopleInPostPerCommune() {
        JsonNode gaps = Api.json(get(HANOI, "/api/v1/workforce/gaps?unit=01&date=2025-12-01"));
        JsonNode ward = unit(gaps, "00004");
        assertThat(ward.get("name").asString()).isEqualTo("Phường Ba Đình");
        assertThat(specialism(ward, "land").get("required").asLong()).isEqualTo(3);
        // Nguyễn Thị An left on 30/09; Vũ Văn Giang is in post
        assertThat(specialism(ward, "land").get("filled").asLong()).isEqualTo(1);
        assertThat(specialism(ward, "finance").get("filled").asLong()).isZero();
        assertThat(specialism(ward, "finance").get("gap").asLong()).isEqualTo(2);
        assertThat(specialism(unit(gaps, "00008"), "justice").get("filled").asLong())
                .isEqualTo(1);

        JsonNode august = Api.json(get(HANOI, "/api/v1/workforce/gaps?unit=00004&date=2025-08-01"));
        assertThat(specialism(unit(august, "00004"), "land").get("filled").asLong())
                .isEqualTo(2);
        assertThat(specialism(unit(august, "00004"), "finance").get("filled").asLong())
                .isEqualTo(1);
    }

    @Test
    void keepsOtherProvincesDataOutOfReach() {
        HttpResponse<String> statistics =
                get(DONGNAI, "/api/v1/workforce/statistics/departures?unit=01&from=2025-01-01&to=2025-12-31");
        assertThat(statistics.statusCode()).isEqualTo(403);
        assertThat(Api.json(statistics).get("code").asString()).isEqualTo("workforce.outside-jurisdiction");
        assertThat(get(DONGNAI, "/api/v1/workforce/gaps?unit=00004").statusCode())
                .isEqualTo(403);
        assertThat(get(DONGNAI, "/api/v1/workforce/export?unit=01").statusCode())
                .isEqualTo(403);
        assertThat(get(DONGNAI, "/api/v1/workforce/agencies").body()).doesNotContain("UBND-00004");
        String person = personId("001170000006");
        HttpResponse<String> read = get(DONGNAI, "/api/v1/workforce/people/" + person);
        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(read.body()).doesNotContain("Giang");
        assertThat(get("specialist.hanoi", "Demo-specialist-2025", "/api/v1/workforce/people/" + person)
                        .statusCode())
                .isEqualTo(403);
        assertThat(post(DONGNAI, "/api/v1/workforce/agencies", """
                        {"code":"X-00004","name":"X","kind":"commune_office","unitCode":"00004","validFrom":"2025-07-01"}""").statusCode())
                .isEqualTo(403);
    }

    @Test
    void auditsEveryReadOfAPersonsRecord() {
        String person = personId("001168000001");
        HttpResponse<String> read = get(HANOI, "/api/v1/workforce/people/" + person);
        assertThat(read.statusCode()).isEqualTo(200);
        JsonNode body = Api.json(read);
        assertThat(body.get("fullName").asString()).isEqualTo("Nguyễn Thị An");
        assertThat(body.get("assignments").get(0).get("position").asString()).isEqualTo("DD");
        JsonNode outcome = body.get("outcomes").get(0);
        assertThat(outcome.get("kind").asString()).isEqualTo("early_retirement");
        assertThat(outcome.get("policy").asString()).isEqualTo("decree_178_2024");
        assertThat(jdbc.sql("select count(*) from audit.audit_entry where action = 'workforce.person-read'"
                                + " and subject_id = :id and actor = 'hr.hanoi'")
                        .param("id", person)
                        .query(Long.class)
                        .single())
                .as("the read is audited when it is answered")
                .isEqualTo(1);
    }

    @Test
    void refusesTwoFullTimePostsAtOnceAndPostsInAnAgencyThatHasEnded() {
        HttpResponse<String> person = post(HANOI, "/api/v1/workforce/people", """
                {"identityNumber":"001185000009","fullName":"Ngô Văn Khoa","sex":"male","birthDate":"1985-04-04",
                 "ethnicity":"Kinh","education":"university","category":"civil_servant","rank":"specialist",
                 "salaryCoefficient":3.33}""");
        created(person);
        String id = Api.json(person).get("id").asString();
        created(post(HANOI, "/api/v1/workforce/people/" + id + "/assignments", """
                {"agency":"UBND-00004","from":"2025-07-01","decisionNumber":"QĐ 30"}"""));

        HttpResponse<String> overlap = post(HANOI, "/api/v1/workforce/people/" + id + "/assignments", """
                {"agency":"VP-00008","position":"TP","from":"2025-09-01"}""");
        assertThat(overlap.statusCode()).isEqualTo(409);
        JsonNode problem = Api.json(overlap);
        assertThat(problem.get("code").asString()).isEqualTo("workforce.assignment-overlap");
        assertThat(problem.get("detail").asString()).contains("UBND-00004", "2025-07-01", "two full-time posts");
        assertThat(problem.get("status").asInt()).isEqualTo(409);

        HttpResponse<String> ended = post(HANOI, "/api/v1/workforce/people/" + id + "/assignments", """
                {"agency":"UBND-Q-BADINH","from":"2025-05-01","to":"2025-08-31"}""");
        assertThat(ended.statusCode()).isEqualTo(400);
        assertThat(Api.json(ended).get("code").asString()).isEqualTo("workforce.agency-ended");

        HttpResponse<String> closing = post(HANOI, "/api/v1/workforce/agencies/UBND-00004/close", """
                {"validTo":"2025-12-31"}""");
        assertThat(closing.statusCode()).isEqualTo(409);
        assertThat(Api.json(closing).get("code").asString()).isEqualTo("workforce.agency-has-assignments");

        HttpResponse<String> transfer = post(HANOI, "/api/v1/workforce/people/" + id + "/outcomes", """
                {"kind":"transferred","effectiveDate":"2025-09-01"}""");
        assertThat(transfer.statusCode()).isEqualTo(400);
        assertThat(Api.json(transfer).get("code").asString()).isEqualTo("workforce.outcome-destination-missing");

        HttpResponse<String> badUnit = post(HANOI, "/api/v1/workforce/agencies", """
                {"code":"X","name":"X","kind":"commune_office","unitCode":"99999","validFrom":"2025-07-01"}""");
        assertThat(badUnit.statusCode()).isEqualTo(400);
        assertThat(Api.json(badUnit).get("code").asString()).isEqualTo("workforce.unit-unknown");
    }

    @Test
    void exportsTheUnitInTheImportTemplate() throws Exception {
        HttpResponse<String> template = get(HANOI, "/api/v1/workforce/imports/template?format=csv");
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.body().replace("\uFEFF", "").strip()).isEqualTo(WorkforceFiles.HEADER);
        HttpResponse<String> export = get(HANOI, "/api/v1/workforce/export?unit=00008&format=csv");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).contains("001090000003,Lê Văn Cường,male,1990-01-01", "001195000007");
        HttpResponse<byte[]> xlsx = java.net.http.HttpClient.newHttpClient()
                .send(
                        Api.basic(api.request("/api/v1/workforce/imports/template?format=xlsx"), HANOI, PASSWORD)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.body()).startsWith((byte) 'P', (byte) 'K');
    }

    // helpers

    private String personId(String identityNumber) {
        return jdbc.sql("select id::text from workforce.person where identity_number = :n")
                .param("n", identityNumber)
                .query(String.class)
                .single();
    }

    private static JsonNode unit(JsonNode gaps, String code) {
        return gaps.get("units")
                .valueStream()
                .filter(u -> u.get("code").asString().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static JsonNode specialism(JsonNode unit, String specialism) {
        return unit.get("specialisms")
                .valueStream()
                .filter(s -> s.get("specialism").asString().equals(specialism))
                .findFirst()
                .orElseThrow();
    }

    private static void created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private HttpResponse<String> post(String user, String path, String json) {
        return post(user, PASSWORD, path, json);
    }

    private HttpResponse<String> post(String user, String password, String path, String json) {
        return api.send(Api.basic(api.request(path), user, password)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private HttpResponse<String> get(String user, String path) {
        return get(user, PASSWORD, path);
    }

    private HttpResponse<String> get(String user, String password, String path) {
        return api.send(Api.basic(api.request(path), user, password)
                .header("Accept-Language", "en")
                .GET()
                .build());
    }
}
