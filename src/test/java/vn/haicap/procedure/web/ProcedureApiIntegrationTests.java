package vn.haicap.procedure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.haicap.support.Api;
import vn.haicap.support.HaicapIntegrationTest;

@HaicapIntegrationTest
class ProcedureApiIntegrationTests {

    static final String ADMIN = "provinceadmin.hanoi";
    static final String ADMIN_PASSWORD = "Demo-provinceadmin-2025";

    @LocalServerPort
    int port;

    Api api() {
        return new Api(port);
    }

    @Test
    void findsBirthRegistrationWithoutDiacritics() {
        JsonNode page = Api.json(api().get("/api/v1/procedures?q=khai%20sinh"));
        List<String> codes = page.get("items")
                .valueStream()
                .map(i -> i.get("code").asString())
                .toList();
        assertThat(codes).contains("1.001193", "1.004884");
        assertThat(page.get("total").asLong()).isEqualTo(codes.size());
        JsonNode birth = page.get("items")
                .valueStream()
                .filter(i -> i.get("code").asString().equals("1.001193"))
                .findFirst()
                .orElseThrow();
        assertThat(birth.get("name").asString()).isEqualTo("Thủ tục đăng ký khai sinh");
        assertThat(birth.get("levels").valueStream().map(JsonNode::asString)).containsExactly("commune");
        JsonNode counter = birth.get("channels").get(0);
        assertThat(counter.get("channel").asString()).isEqualTo("counter");
        assertThat(counter.get("timeLimit").get("sameDay").asBoolean()).isTrue();
        assertThat(counter.get("timeLimit").get("cutOff").asString()).isEqualTo("15:00");
        assertThat(counter.get("fee").get("amount").asLong()).isZero();
    }

    @Test
    void searchesByCodeAndFiltersByLevelWithPages() {
        assertThat(Api.json(api().get("/api/v1/procedures?q=1.000894"))
                        .get("items")
                        .get(0)
                        .get("name")
                        .asString())
                .isEqualTo("Thủ tục đăng ký kết hôn");
        JsonNode province = Api.json(api().get("/api/v1/procedures?level=province&size=100"));
        assertThat(province.get("total").asLong()).isPositive();
        assertThat(province.get("items").valueStream())
                .allSatisfy(i -> assertThat(i.get("levels").valueStream().map(JsonNode::asString))
                        .contains("province"));
        JsonNode all = Api.json(api().get("/api/v1/procedures?size=10&page=1"));
        assertThat(all.get("total").asLong()).isGreaterThanOrEqualTo(30);
        assertThat(all.get("page").asInt()).isEqualTo(1);
        assertThat(all.get("size").asInt()).isEqualTo(10);
        assertThat(all.get("items").size()).isEqualTo(10);
        JsonNode residence = Api.json(api().get("/api/v1/procedures?q=thuong%20tru&level=commune"));
        assertThat(residence.get("items").valueStream().map(i -> i.get("code").asString()))
                .contains("1.004222");
    }

    @Test
    void answersTheWholeProcedure() {
        HttpResponse<String> response = api().get("/api/v1/procedures/1.004222");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode p = Api.json(response);
        assertThat(p.get("name").asString()).isEqualTo("Đăng ký thường trú");
        assertThat(p.get("channels").get(0).get("timeLimit").get("workingDays").asInt())
                .isEqualTo(7);
        assertThat(p.get("channels").get(0).get("fee").get("amount").asLong()).isEqualTo(20000);
        assertThat(p.get("channels").get(1).get("fee").get("amount").asLong()).isEqualTo(10000);
        assertThat(p.get("papers").get(0).get("name").asString()).contains("CT01");
        assertThat(p.get("legalBasis").valueStream().map(JsonNode::asString))
                .anySatisfy(b -> assertThat(b).contains("Luật Cư trú"));
        assertThat(p.get("results").size()).isPositive();
        assertThat(p.get("conditions").asString()).isNotBlank();
        assertThat(p.get("steps").asString()).contains("Bước 1");
        assertThat(p.get("workflowVersion").asInt()).isPositive();
        assertThat(p.get("validFrom").asString()).isEqualTo("2025-07-01");
    }

    @Test
    void answersProblemsInTheCallersLanguage() {
        HttpResponse<String> missing = api().get("/api/v1/procedures/9.999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .contains("application/problem+json");
        assertThat(Api.json(missing).get("code").asString()).isEqualTo("procedure.not-found");
        assertThat(Api.json(missing).get("detail").asString()).isEqualTo("Không có thủ tục 9.999999 đang có hiệu lực.");
        JsonNode english = Api.json(api().send(api().request("/api/v1/procedures/9.999999")
                .header("Accept-Language", "en")
                .GET()
                .build()));
        assertThat(english.get("detail").asString()).isEqualTo("No procedure 9.999999 is in force.");
        assertProblem("/api/v1/procedures/khai-sinh", 400, "procedure.code-invalid");
        assertProblem("/api/v1/procedures?level=district", 400, "procedure.level-invalid");
        assertProblem("/api/v1/procedures?size=0", 400, "common.size-invalid");
        assertProblem("/api/v1/procedures?page=-1", 400, "common.page-invalid");
        assertProblem("/api/v1/procedures?size=abc", 400, "common.parameter-invalid");
        assertProblem("/api/v1/procedures/1.001193/workflow?version=999", 404, "procedure.workflow-not-found");
        JsonNode englishLevel = Api.json(api().send(api().request("/api/v1/procedures?level=district")
                .header("Accept-Language", "en")
                .GET()
                .build()));
        assertThat(englishLevel.get("detail").asString())
                .isEqualTo("Level \"district\" is invalid (province, commune).");
    }

    @Test
    void aProvinceAdministratorSavesANewWorkflowVersionAndTheOldOneStaysReadable() {
        String code = "1.004194";
        JsonNode before = Api.json(api().get("/api/v1/procedures/" + code + "/workflow"));
        int previous = before.get("version").asInt();
        String body = """
                {"note": "Hà Nội: thêm bước kiểm tra",
                 "steps": [
                  {"kind": "receive", "role": "counter_officer", "agency": "commune", "agencyName": "Công an xã", "shareHours": 4},
                  {"kind": "check", "role": "counter_officer", "agency": "commune", "sharePercent": 10},
                  {"kind": "process", "role": "specialist", "agency": "commune", "sharePercent": 50},
                  {"kind": "sign", "role": "leader", "agency": "commune", "sharePercent": 15},
                  {"kind": "return", "role": "counter_officer", "agency": "commune", "shareHours": 2}]}
                """;
        HttpResponse<String> saved =
                api().send(Api.basic(put(code, body), ADMIN, ADMIN_PASSWORD).build());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        JsonNode created = Api.json(saved);
        assertThat(created.get("version").asInt()).isEqualTo(previous + 1);
        assertThat(created.get("createdBy").asString()).isEqualTo(ADMIN);
        assertThat(saved.headers().firstValue("Location"))
                .get()
                .asString()
                .endsWith("/workflow?version=" + (previous + 1));

        JsonNode current = Api.json(api().get("/api/v1/procedures/" + code + "/workflow"));
        assertThat(current.get("version").asInt()).isEqualTo(previous + 1);
        assertThat(current.get("steps").get(1).get("kind").asString()).isEqualTo("check");
        JsonNode old = Api.json(api().get("/api/v1/procedures/" + code + "/workflow?version=" + previous));
        assertThat(old.get("version").asInt()).isEqualTo(previous);
        assertThat(old.get("steps").toString()).isEqualTo(before.get("steps").toString());
        assertThat(Api.json(api().get("/api/v1/procedures/" + code))
                        .get("workflowVersion")
                        .asInt())
                .isEqualTo(previous + 1);
    }

    @Test
    void refusesAnInvalidDefinitionWithTheRulesCode() {
        String body = """
                {"steps": [
                  {"kind": "receive", "role": "counter_officer", "agency": "commune", "sharePercent": 10},
                  {"kind": "process", "role": "specialist", "agency": "commune", "sharePercent": 60},
                  {"kind": "sign", "role": "specialist", "agency": "commune", "sharePercent": 20},
                  {"kind": "return", "role": "counter_officer", "agency": "commune", "sharePercent": 10}]}
                """;
        int before = Api.json(api().get("/api/v1/procedures/1.000656/workflow"))
                .get("version")
                .asInt();
        HttpResponse<String> refused = api().send(Api.basic(put("1.000656", body), ADMIN, ADMIN_PASSWORD)
                .header("Accept-Language", "en")
                .build());
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = Api.json(refused);
        assertThat(problem.get("code").asString()).isEqualTo("procedure.workflow.sign-not-leader");
        assertThat(problem.get("detail").asString())
                .isEqualTo("Step 3: signing must be done by a leader (not specialist).");
        assertThat(problem.get("violations").get(0).get("step").asInt()).isEqualTo(3);
        assertThat(Api.json(api().get("/api/v1/procedures/1.000656/workflow"))
                        .get("version")
                        .asInt())
                .isEqualTo(before);
    }

    @Test
    void onlyAdministratorsChangeWorkflows() {
        String body = "{\"steps\": []}";
        assertThat(api().send(put("1.001193", body).build()).statusCode()).isEqualTo(401);
        HttpResponse<String> citizen = api().send(Api.basic(put("1.001193", body), "citizen", "Demo-citizen-2025")
                .build());
        assertThat(citizen.statusCode()).isEqualTo(403);
        assertThat(Api.json(citizen).get("code").asString()).isEqualTo("common.forbidden");
        HttpRequest.Builder importing = api().request("/api/v1/procedures/imports")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[]"));
        assertThat(api().send(Api.basic(importing, "leader.hanoi", "Demo-leader-2025")
                                .build())
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void importsThePortalExportReportingBadItemsAndVersioningChanges() {
        String first = """
                [{"ma_tthc": "1.999001", "ten_tthc": "Thủ tục thử nghiệm nhập", "linh_vuc": "Thử nghiệm", "cap_thuc_hien": "Cấp Tỉnh",
                  "doi_tuong_thuc_hien": "Tổ chức",
                  "cach_thuc_thuc_hien": [{"hinh_thuc_nop": "Trực tiếp", "thoi_gian": "10 ngày làm việc", "phi_le_phi": "50.000 đồng/lần"}]},
                 {"ma_tthc": "abc", "ten_tthc": "Mã sai"},
                 {"ma_tthc": "1.999002", "ten_tthc": "Thời hạn lạ", "linh_vuc": "Thử nghiệm", "cap_thuc_hien": "Cấp Xã",
                  "cach_thuc_thuc_hien": [{"hinh_thuc_nop": "Trực tiếp", "thoi_gian": "Tùy trường hợp", "phi_le_phi": "Không"}]}]
                """;
        JsonNode report = importJson(first);
        assertThat(report.get("received").asInt()).isEqualTo(3);
        assertThat(report.get("rejected").asInt()).isEqualTo(1);
        assertThat(report.get("problems").valueStream()).anySatisfy(p -> {
            assertThat(p.get("index").asInt()).isEqualTo(1);
            assertThat(p.get("problem").asString()).isEqualTo("procedure.import.code-invalid");
            assertThat(p.get("rejected").asBoolean()).isTrue();
        });
        assertThat(report.get("problems").valueStream()).anySatisfy(p -> {
            assertThat(p.get("index").asInt()).isEqualTo(2);
            assertThat(p.get("problem").asString()).isEqualTo("procedure.import.time-limit-unknown");
            assertThat(p.get("detail").asString()).contains("Tùy trường hợp");
        });
        JsonNode unknownLimit = Api.json(api().get("/api/v1/procedures/1.999002"));
        assertThat(unknownLimit.get("channels").get(0).get("timeLimit").isNull())
                .isTrue();
        assertThat(unknownLimit.get("channels").get(0).get("timeLimitText").asString())
                .isEqualTo("Tùy trường hợp");

        JsonNode again = importJson(first);
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        assertThat(again.get("created").asInt()).isZero();

        String changed = first.replace("10 ngày làm việc", "07 ngày làm việc");
        JsonNode update = importJson(changed);
        assertThat(update.get("updated").asInt()).isEqualTo(1);
        assertThat(update.get("items").get(0).get("version").asInt()).isEqualTo(2);
        JsonNode current = Api.json(api().get("/api/v1/procedures/1.999001"));
        assertThat(current.get("version").asInt()).isEqualTo(2);
        assertThat(current.get("channels")
                        .get(0)
                        .get("timeLimit")
                        .get("workingDays")
                        .asInt())
                .isEqualTo(7);
        JsonNode versions = Api.json(api().get("/api/v1/procedures/1.999001/versions"));
        assertThat(versions.size()).isEqualTo(2);
        JsonNode old = Api.json(api().get("/api/v1/procedures/1.999001?version=1"));
        assertThat(old.get("channels")
                        .get(0)
                        .get("timeLimit")
                        .get("workingDays")
                        .asInt())
                .isEqualTo(10);
        assertThat(old.get("validTo").asString()).isNotBlank();
        assertThat(update.get("problems").valueStream())
                .anySatisfy(p ->
                        assertThat(p.get("problem").asString()).isEqualTo("procedure.import.workflow-needs-review"));
    }

    @Test
    void thePublicPagesNeedNoSignInButTheAdministrationDoes() {
        assertThat(api().get("/procedures?q=khai+sinh").statusCode()).isEqualTo(200);
        assertThat(api().get("/procedures/1.001193").statusCode()).isEqualTo(200);
        assertThat(api().get("/procedures/9.999999").statusCode()).isEqualTo(404);
        HttpResponse<String> anonymous = api().send(api().request("/admin/procedures/import")
                .header("Accept", "text/html")
                .GET()
                .build());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).get().asString().endsWith("/login");
        HttpResponse<String> citizen = api().send(Api.basic(
                        api().request("/admin/procedures/1.001193/workflow").GET(), "citizen", "Demo-citizen-2025")
                .build());
        assertThat(citizen.statusCode()).isEqualTo(403);
    }

    @Test
    void refusesABodyThatIsNotAnExport() {
        HttpRequest.Builder request = api().request("/api/v1/procedures/imports")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"hello\": 1}"));
        HttpResponse<String> response =
                api().send(Api.basic(request, ADMIN, ADMIN_PASSWORD).build());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Api.json(response).get("code").asString()).isEqualTo("procedure.import.json-invalid");
    }

    private JsonNode importJson(String json) {
        HttpRequest.Builder request = api().request("/api/v1/procedures/imports")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response =
                api().send(Api.basic(request, ADMIN, ADMIN_PASSWORD).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response);
    }

    private HttpRequest.Builder put(String code, String body) {
        return api().request("/api/v1/procedures/" + code + "/workflow")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
    }

    private void assertProblem(String path, int status, String code) {
        HttpResponse<String> response = api().get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        assertThat(Api.json(response).get("code").asString()).as(path).isEqualTo(code);
    }
}
