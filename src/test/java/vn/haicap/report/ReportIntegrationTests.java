package vn.haicap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.haicap.support.Api;
import vn.haicap.support.Dossiers;
import vn.haicap.support.HaicapIntegrationTest;

/**
 * The service index over dossiers written with known facts in a commune of Hồ Chí Minh City in September
 * 2025 (no other test writes there), a real dossier driven through the API, and the workforce and gender
 * indicators over people recorded through the workforce API in a commune of Hà Nội.
 */
@HaicapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportIntegrationTests {

    static final String HCM_ADMIN = "provinceadmin.hcm:Demo-provinceadmin-2025";
    static final String HANOI_ADMIN = "provinceadmin.hanoi:Demo-provinceadmin-2025";
    static final String MINISTRY = "ministry:Demo-ministry-2025";
    static final String HR = "hr.hanoi:Demo-hr-2025";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportRefresher refresher;

    Api api;
    String commune;
    String hanoiCommune;
    String leadersCommune;
    final List<String> late = new ArrayList<>();

    @BeforeAll
    void writeDossiersAndPeople() {
        api = new Api(port);
        commune = jdbc.sql("select code from adminunit.unit_version where level = 'commune' and province_code = '79'"
                        + " and valid_to is null and code <> '26743' order by code desc limit 1")
                .query(String.class)
                .single();
        hanoiCommune = jdbc.sql(
                        "select code from adminunit.unit_version where level = 'commune' and province_code = '01'"
                                + " and valid_to is null and code not in ('00004', '00008') order by code desc limit 1")
                .query(String.class)
                .single();
        String a = dossier("A", "online", "returned", "2025-09-03 09:00", "2025-09-06 09:00", "2025-09-05 10:00", true);
        String b =
                dossier("B", "counter", "returned", "2025-09-10 09:00", "2025-09-12 09:00", "2025-09-15 10:00", false);
        String c = dossier("C", "online", "in_process", "2025-09-20 09:00", "2025-09-25 09:00", null, false);
        String d = dossier("D", "post", "received", "2025-09-28 09:00", "2099-01-01 09:00", null, false);
        dossier("E", "online", "received", "2025-09-29 09:00", "2099-01-01 09:00", null, false);
        late.addAll(List.of(b, c, d));
        payment(a, "national_portal");
        payment(b, "cash");
        rating(a, "satisfied");
        rating(b, "not_satisfied");
        long original = document(a, null);
        document(a, original);
        for (int i = 0; i < 2; i++) {
            jdbc.sql("insert into dossier.transition (dossier, action, from_status, to_status, actor, at)"
                            + " values (:d, 'request_supplement', 'received', 'supplement_in_process', 'x', now())")
                    .param("d", d)
                    .update();
        }
        recordPeople();
        recordLeaders();
        refresher.refreshAll();
    }

    String dossier(
            String tag,
            String channel,
            String status,
            String received,
            String due,
            String finished,
            boolean electronicResult) {
        String code = "RPT-" + commune + "-" + tag + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        insert into dossier.dossier (code, procedure_code, procedure_version, workflow_version, procedure_name,
                            channel, applicant_name, receiving_province, receiving_commune, competent_level, processing_level,
                            status, submitted_at, received_at, due_at, finished_at, time_limit_minutes, check_code_hash, version,
                            result_document)
                        values (:code, 'T.REPORT', 1, 1, 'Thủ tục thử báo cáo', :channel, 'Lê Thị Hoa', '79', :commune,
                            'commune', 'commune', :status, cast(:received as timestamp) at time zone 'Asia/Ho_Chi_Minh',
                            cast(:received as timestamp) at time zone 'Asia/Ho_Chi_Minh',
                            cast(:due as timestamp) at time zone 'Asia/Ho_Chi_Minh',
                            cast(:finished as timestamp) at time zone 'Asia/Ho_Chi_Minh', 1440, 'x', 1, :result)""")
                .param("code", code)
                .param("channel", channel)
                .param("commune", commune)
                .param("status", status)
                .param("received", received)
                .param("due", due)
                .param("finished", finished)
                .param("result", electronicResult ? UUID.randomUUID() : null)
                .update();
        return code;
    }

    void payment(String code, String channel) {
        jdbc.sql(
                        "insert into dossier.payment (dossier, submission_channel, status, channel, receipt_no, paid_at, paid_by,"
                                + " created_at) values (:d, 'online', 'paid', :c, 'BL1', now(), 'x', now())")
                .param("d", code)
                .param("c", channel)
                .update();
    }

    void rating(String code, String score) {
        jdbc.sql("insert into dossier.rating (dossier, score, rated_by, rated_at) values (:d, :s, 'citizen', now())")
                .param("d", code)
                .param("s", score)
                .update();
    }

    long document(String code, Long reusedFrom) {
        return jdbc.sql(
                        "insert into dossier.document (dossier, name, media_type, size, sha256, document_id, reused_from,"
                                + " added_by, added_at) values (:d, 'a.pdf', 'application/pdf', 1, 'x', gen_random_uuid(), :r, 'x',"
                                + " now())"
                                + " returning id")
                .param("d", code)
                .param("r", reusedFrom)
                .query(Long.class)
                .single();
    }

    void recordPeople() {
        String agency = "UBND-RPT-" + hanoiCommune;
        created(post(HR, "/api/v1/workforce/agencies", """
                {"code":"%s","name":"Ủy ban nhân dân xã thử","kind":"peoples_committee","unitCode":"%s",
                 "validFrom":"2025-07-01"}""".formatted(agency, hanoiCommune)));
        created(post(HR, "/api/v1/workforce/agencies/" + agency + "/positions", """
                {"code":"LD","title":"Chủ tịch","group":"leadership","specialism":"management","quota":2}"""));
        created(post(HR, "/api/v1/workforce/agencies/" + agency + "/positions", """
                {"code":"DC","title":"Công chức địa chính","group":"professional","specialism":"land","quota":3}"""));
        String p1 = person("Nguyễn Thị Mai", "female", "civil_servant", "specialist");
        assign(p1, agency, "LD", "2025-07-01", null);
        String p2 = person("Trần Văn Nam", "male", "civil_servant", "specialist");
        assign(p2, agency, "DC", "2025-07-01", null);
        String p3 = person("Lê Thị Lan", "female", "public_employee", null);
        assign(p3, agency, "DC", "2026-01-15", null);
        String p4 = person("Phạm Thị Hồng", "female", "civil_servant", "officer");
        assign(p4, agency, "DC", "2025-07-01", "2026-02-28");
        created(post(HR, "/api/v1/workforce/people/" + p4 + "/outcomes", """
                {"kind":"early_retirement","effectiveDate":"2026-03-01","agency":"%s","policy":"decree_178_2024",
                 "amountPaid":300000000,"decisionNumber":"QĐ 9"}""".formatted(agency)));
    }

    /**
     * Two agencies of another Hà Nội commune whose leaders change: X led by a man (July to December 2025)
     * and a woman (October 2025 to March 2026), Y by a man from July 2025.
     */
    void recordLeaders() {
        leadersCommune = jdbc.sql("select code from adminunit.unit_version where level = 'commune'"
                        + " and province_code = '01' and valid_to is null and code not in ('00004', '00008', :other)"
                        + " order by code desc limit 1")
                .param("other", hanoiCommune)
                .query(String.class)
                .single();
        for (String agency : List.of("X", "Y")) {
            String code = "UBND-RPT-" + agency + "-" + leadersCommune;
            created(post(HR, "/api/v1/workforce/agencies", """
                    {"code":"%s","name":"Cơ quan thử %s","kind":"peoples_committee","unitCode":"%s",
                     "validFrom":"2025-07-01"}""".formatted(code, agency, leadersCommune)));
            created(post(HR, "/api/v1/workforce/agencies/" + code + "/positions", """
                    {"code":"LD","title":"Chủ tịch","group":"leadership","specialism":"management","quota":2}"""));
        }
        String x = "UBND-RPT-X-" + leadersCommune;
        assign(person("Đỗ Văn Hùng", "male", "cadre", null), x, "LD", "2025-07-01", "2025-12-31");
        assign(person("Vũ Thị Thu", "female", "cadre", null), x, "LD", "2025-10-01", "2026-03-31");
        assign(
                person("Hoàng Văn Bình", "male", "cadre", null),
                "UBND-RPT-Y-" + leadersCommune,
                "LD",
                "2025-07-01",
                null);
    }

    String person(String name, String sex, String category, String rank) {
        String id = String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 999_999_999_999L));
        HttpResponse<String> response = post(HR, "/api/v1/workforce/people", """
                {"identityNumber":"%s","fullName":"%s","sex":"%s","birthDate":"1980-02-02","category":"%s"%s}""".formatted(
                        id, name, sex, category, rank == null ? "" : ",\"rank\":\"" + rank + "\""));
        created(response);
        return Api.json(response).get("id").asString();
    }

    void assign(String person, String agency, String position, String from, String to) {
        created(post(HR, "/api/v1/workforce/people/" + person + "/assignments", """
                {"agency":"%s","position":"%s","from":"%s"%s,"fullTime":true,"decisionNumber":"QĐ 1"}""".formatted(
                        agency, position, from, to == null ? "" : ",\"to\":\"" + to + "\"")));
    }

    HttpResponse<String> post(String user, String path, String json) {
        String[] u = user.split(":", 2);
        return api.send(Api.basic(api.request(path), u[0], u[1])
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    HttpResponse<String> get(String user, String path) {
        String[] u = user.split(":", 2);
        return api.send(Api.basic(api.request(path), u[0], u[1]).GET().build());
    }

    HttpResponse<byte[]> bytes(String user, String path) {
        String[] u = user.split(":", 2);
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(
                            Api.basic(api.request(path), u[0], u[1]).GET().build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response);
    }

    static JsonNode indicator(JsonNode index, String key) {
        for (JsonNode group : index.get("groups")) {
            for (JsonNode i : group.get("indicators")) {
                if (i.get("key").asString().equals(key)) {
                    return i;
                }
            }
        }
        throw new AssertionError("no indicator " + key);
    }

    @Test
    void computesEveryIndicatorOfACommuneMonth() {
        JsonNode index = ok(get(HCM_ADMIN, "/api/v1/reports/service-index?unit=" + commune + "&period=2025-09"));
        assertThat(index.get("unit").asString()).isEqualTo(commune);
        assertThat(index.get("period").asString()).isEqualTo("2025-09");
        // 2 of 5 on time (B finished late, C open past its appointment, D asked twice for a supplement)
        assertThat(indicator(index, "2.1").get("value").asDouble()).isEqualTo(40.0);
        assertThat(indicator(index, "2.1").get("points").asDouble()).isEqualTo(8.0);
        assertThat(indicator(index, "2.1").get("numerator").asLong()).isEqualTo(2);
        assertThat(indicator(index, "2.1").get("denominator").asLong()).isEqualTo(5);
        // A, C, E online (A with its electronic result): 60 % >= 50 % -> 4
        assertThat(indicator(index, "3.3").get("points").asDouble()).isEqualTo(4.0);
        // the fixture's procedure is not in the catalogue: not offered online
        assertThat(indicator(index, "3.1").get("value").asDouble()).isZero();
        // A paid on the national portal, B in cash: 50 % -> 3; both procedures' fees recorded -> 2 + 2
        assertThat(indicator(index, "3.6").get("points").asDouble()).isEqualTo(3.0);
        assertThat(indicator(index, "3.5b").get("points").asDouble()).isEqualTo(2.0);
        // A and B returned, only A with an electronic result: 50 % -> 3
        assertThat(indicator(index, "4.1").get("points").asDouble()).isEqualTo(3.0);
        // only A has files (one re-used): 20 % -> 1 (4.2) and 0.5 (4.3)
        assertThat(indicator(index, "4.2").get("points").asDouble()).isEqualTo(1.0);
        assertThat(indicator(index, "4.3").get("points").asDouble()).isEqualTo(0.5);
        // 100 - (60 % late + 20 % not satisfied) = 20 % -> 6 x 20 / 90 = 1.33
        assertThat(indicator(index, "5.4").get("value").asDouble()).isEqualTo(20.0);
        assertThat(indicator(index, "5.4").get("points").asDouble()).isEqualTo(1.33);
        assertThat(indicator(index, "1.1").get("value").isNull()).isTrue();
        assertThat(index.get("total").asDouble()).isEqualTo(42.83);
        assertThat(index.get("groups")).hasSize(6);
    }

    @Test
    void quarterYearAndProvinceAddUpTheMonths() {
        double quarter = ok(get(HCM_ADMIN, "/api/v1/reports/service-index?unit=" + commune + "&period=2025-Q3"))
                .get("total")
                .asDouble();
        double year = ok(get(HCM_ADMIN, "/api/v1/reports/service-index?unit=" + commune + "&period=2025"))
                .get("total")
                .asDouble();
        assertThat(quarter).isEqualTo(42.83);
        assertThat(year).isEqualTo(42.83);
        JsonNode units = ok(get(HCM_ADMIN, "/api/v1/reports/service-index/units?unit=79&period=2025-09"));
        boolean found = false;
        for (JsonNode u : units) {
            if (u.get("unit").asString().equals(commune)) {
                found = true;
                assertThat(u.get("total").asDouble()).isEqualTo(42.83);
            }
        }
        assertThat(found).isTrue();
        JsonNode nation = ok(get(MINISTRY, "/api/v1/reports/service-index?unit=VN&period=2025-09"));
        assertThat(indicator(nation, "2.1").get("denominator").asLong()).isGreaterThanOrEqualTo(5);
        JsonNode months =
                ok(get(HCM_ADMIN, "/api/v1/reports/service-index/months?unit=" + commune + "&period=2025-Q3"));
        assertThat(months).hasSize(3);
        assertThat(months.get(2).get("total").asDouble()).isEqualTo(42.83);
    }

    @Test
    void drillsDownToTheLateDossiersWithinTheJurisdiction() {
        JsonNode drill = ok(get(
                HCM_ADMIN, "/api/v1/reports/service-index/dossiers?unit=" + commune + "&period=2025-09&filter=late"));
        assertThat(drill.get("total").asLong()).isEqualTo(3);
        List<String> codes = new ArrayList<>();
        drill.get("items").forEach(i -> codes.add(i.get("code").asString()));
        assertThat(codes).containsExactlyInAnyOrderElementsOf(late);
        assertThat(drill.get("items").get(0).get("late").asBoolean()).isTrue();
        JsonNode online = ok(
                get(HCM_ADMIN, "/api/v1/reports/service-index/dossiers?unit=79&period=2025-09&filter=online&size=200"));
        assertThat(online.get("total").asLong()).isGreaterThanOrEqualTo(3);

        HttpResponse<String> outside =
                get(HANOI_ADMIN, "/api/v1/reports/service-index/dossiers?unit=" + commune + "&period=2025-09");
        assertThat(outside.statusCode()).isEqualTo(403);
        assertThat(Api.json(outside).get("code").asString()).isEqualTo("report.outside-jurisdiction");
        assertThat(get(HCM_ADMIN, "/api/v1/reports/service-index?unit=VN&period=2025-09")
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("citizen:Demo-citizen-2025", "/api/v1/reports/service-index?period=2025-09")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void answersBadInputWithAProblem() {
        HttpResponse<String> period = get(HCM_ADMIN, "/api/v1/reports/service-index?unit=79&period=2025-13");
        assertThat(period.statusCode()).isEqualTo(400);
        assertThat(Api.json(period).get("code").asString()).isEqualTo("report.period-invalid");
        HttpResponse<String> date = get(HANOI_ADMIN, "/api/v1/reports/gender?unit=01&date=30/06/2026");
        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(Api.json(date).get("code").asString()).isEqualTo("report.date-invalid");
        assertThat(Api.json(date).get("detail").asString()).contains("30/06/2026");
        HttpResponse<String> unit = get(MINISTRY, "/api/v1/reports/service-index?unit=999&period=2025");
        assertThat(Api.json(unit).get("code").asString()).isEqualTo("report.unit-unknown");
        HttpResponse<String> filter =
                get(HCM_ADMIN, "/api/v1/reports/service-index/dossiers?unit=79&period=2025&filter=nope");
        assertThat(Api.json(filter).get("code").asString()).isEqualTo("report.filter-invalid");
    }

    @Test
    void countsADossierDrivenThroughTheApi() {
        String period =
                java.time.YearMonth.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        String leader = "leader.hanoi:Demo-leader-2025";
        long before = indicator(ok(get(leader, "/api/v1/reports/service-index?period=" + period)), "2.1")
                .get("denominator")
                .asLong();
        Dossiers dossiers = new Dossiers(port);
        String procedure = Api.json(api.get("/api/v1/procedures?level=commune&size=1"))
                .get("items")
                .get(0)
                .get("code")
                .asString();
        String code = dossiers.submitOnline(procedure, "00004").get("code").asString();
        dossiers.act("counter.hanoi", "Demo-counter-2025", code, "receive", null);
        // only the month the dossier was received in is recomputed, found from its transitions
        assertThat(refresher.refreshChangedMonths()).containsKey("month " + period);
        JsonNode after = ok(get(leader, "/api/v1/reports/service-index?period=" + period));
        assertThat(after.get("unit").asString()).isEqualTo("00004");
        assertThat(indicator(after, "2.1").get("denominator").asLong()).isEqualTo(before + 1);
        JsonNode drill =
                ok(get(leader, "/api/v1/reports/service-index/dossiers?period=" + period + "&filter=online&size=200"));
        List<String> codes = new ArrayList<>();
        drill.get("items").forEach(i -> codes.add(i.get("code").asString()));
        assertThat(codes).contains(code);
    }

    @Test
    void recomputesOneMonthOnDemandForTheMinistryOnly() {
        JsonNode times = ok(post(MINISTRY, "/api/v1/reports/refresh?month=2025-09", ""));
        assertThat(times.has("month 2025-09")).isTrue();
        assertThat(times.size()).isEqualTo(1);
        JsonNode index = ok(get(HCM_ADMIN, "/api/v1/reports/service-index?unit=" + commune + "&period=2025-09"));
        assertThat(indicator(index, "2.1").get("denominator").asLong()).isEqualTo(5);
        assertThat(indicator(index, "2.1").get("numerator").asLong()).isEqualTo(2); // D's two supplement requests
        HttpResponse<String> bad = post(MINISTRY, "/api/v1/reports/refresh?month=2025-13", "");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Api.json(bad).get("code").asString()).isEqualTo("report.month-invalid");
        assertThat(post(HCM_ADMIN, "/api/v1/reports/refresh?month=2025-09", "").statusCode())
                .isEqualTo(403);
    }

    @Test
    void genderIndicatorsCarryNumeratorsAndDenominators() {
        JsonNode gender = ok(get(HANOI_ADMIN, "/api/v1/reports/gender?unit=" + hanoiCommune + "&date=2026-06-30"));
        assertThat(gender.get("unit").asString()).isEqualTo(hanoiCommune);
        assertThat(genderIndicator(gender, "women_staff")).isEqualTo("2/3/66.67");
        assertThat(genderIndicator(gender, "women_civil_servant")).isEqualTo("1/2/50.0");
        assertThat(genderIndicator(gender, "women_public_employee")).isEqualTo("1/1/100.0");
        assertThat(genderIndicator(gender, "women_leadership")).isEqualTo("1/1/100.0");
        assertThat(genderIndicator(gender, "agencies_female_leader")).isEqualTo("1/1/100.0");
        assertThat(genderIndicator(gender, "women_appointments")).isEqualTo("3/4/75.0");
        assertThat(genderIndicator(gender, "women_departures")).isEqualTo("1/1/100.0");
        assertThat(genderIndicator(gender, "women_training")).isEqualTo("null/null/null");
        assertThat(gender.get("trend")).hasSize(13);
        // on 31 January 2026 P4 was still in post (4 people, 3 women)
        JsonNode january = gender.get("trend").get(7);
        assertThat(january.get("date").asString()).isEqualTo("2026-01-31");
        assertThat(january.get("staff").get("women").asLong()).isEqualTo(3);
        assertThat(january.get("staff").get("total").asLong()).isEqualTo(4);
        assertThat(get("leader.hanoi:Demo-leader-2025", "/api/v1/reports/gender?unit=" + hanoiCommune)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void countsAgenciesLedByAWomanOnEachDayAsTheirLeadersChange() {
        java.util.Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("2025-06-30", "0/0/null"); // before the agencies
        expected.put("2025-08-01", "0/2/0.0"); // X and Y led by men
        expected.put("2025-10-01", "1/2/50.0"); // X: a man and, from this day, a woman
        expected.put("2025-12-31", "1/2/50.0");
        expected.put("2026-01-01", "1/2/50.0"); // X: the woman alone
        expected.put("2026-03-31", "1/2/50.0");
        expected.put("2026-04-01", "0/1/0.0"); // X without a leader is not counted
        expected.forEach((day, figures) -> {
            JsonNode gender = ok(get(HANOI_ADMIN, "/api/v1/reports/gender?unit=" + leadersCommune + "&date=" + day));
            assertThat(genderIndicator(gender, "agencies_female_leader"))
                    .as(day)
                    .isEqualTo(figures);
        });
    }

    @Test
    void countsTheAppointmentsOfTheNationAndOfAProvinceFromTheirRollUp() {
        for (String unit : List.of("VN", "01")) {
            JsonNode gender = ok(get(MINISTRY, "/api/v1/reports/gender?unit=" + unit + "&date=2026-06-30"));
            String expected = jdbc.sql("select coalesce(sum(people) filter (where sex = 'female'), 0) || '/' ||"
                            + " coalesce(sum(people), 0) from report.staff_span"
                            + " where valid_from between date '2025-07-01' and date '2026-06-30'"
                            + " and (:unit = 'VN' or province = :unit)")
                    .param("unit", unit)
                    .query(String.class)
                    .single();
            assertThat(expected).as(unit).isNotEqualTo("0/0");
            assertThat(genderIndicator(gender, "women_appointments")).as(unit).startsWith(expected + "/");
        }
    }

    @Test
    void countsTheNationsDeparturesFromTheProvincesMonths() {
        JsonNode gender = ok(get(MINISTRY, "/api/v1/reports/gender?unit=VN&date=2026-06-30"));
        String expected = jdbc.sql("select coalesce(sum(people) filter (where sex = 'female'), 0) || '/' ||"
                        + " coalesce(sum(people), 0) from report.departure_month"
                        + " where month between date '2025-07-01' and date '2026-06-01'")
                .query(String.class)
                .single();
        assertThat(genderIndicator(gender, "women_departures")).startsWith(expected + "/");
        assertThat(expected).isNotEqualTo("0/0");
    }

    static String genderIndicator(JsonNode gender, String key) {
        for (JsonNode i : gender.get("indicators")) {
            if (i.get("key").asString().equals(key)) {
                return (i.get("numerator").isNull()
                                ? "null"
                                : i.get("numerator").asString()) + "/"
                        + (i.get("denominator").isNull()
                                ? "null"
                                : i.get("denominator").asString()) + "/"
                        + (i.get("value").isNull() ? "null" : i.get("value").asString());
            }
        }
        throw new AssertionError(key);
    }

    @Test
    void personnelDashboardOnADay() {
        JsonNode p = ok(get(HANOI_ADMIN, "/api/v1/reports/workforce?unit=" + hanoiCommune + "&date=2026-06-30"));
        assertThat(p.get("headcount").asLong()).isEqualTo(3);
        assertThat(p.get("quota").asLong()).isEqualTo(5);
        assertThat(p.get("vacancies").asLong()).isEqualTo(2);
        assertThat(p.get("departures").get("byReason").get("early_retirement").asLong())
                .isEqualTo(1);
        assertThat(p.get("departures").get("amountPaid").asLong()).isEqualTo(300000000L);
        assertThat(p.get("gaps")).hasSize(2);
        JsonNode before = ok(get(HANOI_ADMIN, "/api/v1/reports/workforce?unit=" + hanoiCommune + "&date=2025-12-31"));
        assertThat(before.get("headcount").asLong()).isEqualTo(3);
        assertThat(before.get("vacancies").asLong()).isEqualTo(2);
    }

    @Test
    void exportsEveryFormatWithVietnameseText() throws IOException {
        String q = "?unit=" + commune + "&period=2025-09";
        HttpResponse<byte[]> csv = bytes(HCM_ADMIN, "/api/v1/reports/export/index.csv" + q);
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("Chỉ số", "2.1 Hồ sơ giải quyết trước và đúng hạn", "40.0");
        HttpResponse<byte[]> xlsx = bytes(HCM_ADMIN, "/api/v1/reports/export/dossiers.xlsx" + q + "&filter=late");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(4);
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .startsWith("RPT-");
        }
        HttpResponse<byte[]> pdf = bytes(HCM_ADMIN, "/api/v1/reports/export/units.pdf" + "?unit=79&period=2025-09");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdfText(pdf.body())).contains("Điểm của các đơn vị trực thuộc");
        HttpResponse<byte[]> gender =
                bytes(HANOI_ADMIN, "/api/v1/reports/export/gender.csv?unit=" + hanoiCommune + "&date=2026-06-30");
        assertThat(new String(gender.body(), StandardCharsets.UTF_8)).contains("Tỷ lệ nữ giữ vị trí lãnh đạo");
        HttpResponse<byte[]> monthly = bytes(HCM_ADMIN, "/api/v1/reports/monthly.pdf?unit=79&period=2025-09");
        assertThat(monthly.statusCode()).isEqualTo(200);
        assertThat(new String(monthly.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdfText(monthly.body())).contains("Hồ Chí Minh", "2025-09", late.get(0));
        assertThat(bytes(HCM_ADMIN, "/api/v1/reports/export/index.doc" + q).statusCode())
                .isEqualTo(400);
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
