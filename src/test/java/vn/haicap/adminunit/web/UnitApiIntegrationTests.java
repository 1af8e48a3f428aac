package vn.haicap.adminunit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.haicap.support.Api;
import vn.haicap.support.HaicapIntegrationTest;

/** The registry through its public JSON API, as any outside caller sees it. */
@HaicapIntegrationTest
class UnitApiIntegrationTests {

    @LocalServerPort
    int port;

    private Api api() {
        return new Api(port);
    }

    private JsonNode ok(String path) {
        HttpResponse<String> response = api().get(path);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return Api.json(response);
    }

    @Test
    void listsThe34ProvincesInForceToday() {
        JsonNode page = ok("/api/v1/units");
        assertThat(page.get("total").asLong()).isEqualTo(34);
        assertThat(page.get("items")).hasSize(34);
        assertThat(page.get("items").get(0).get("code").asString()).isEqualTo("01");
        assertThat(page.get("items").get(0).get("level").asString()).isEqualTo("province");
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(50);
    }

    @Test
    void counts3321CommunesToday() {
        assertThat(ok("/api/v1/units?level=commune&size=1").get("total").asLong())
                .isEqualTo(3_321);
    }

    @Test
    void countsTheOldRegisterOnTheLastDayBeforeTheReform() {
        assertThat(ok("/api/v1/units?level=province&date=2025-06-30")
                        .get("total")
                        .asLong())
                .isEqualTo(63);
        assertThat(ok("/api/v1/units?level=district&date=2025-06-30&size=1")
                        .get("total")
                        .asLong())
                .isEqualTo(696);
        assertThat(ok("/api/v1/units?level=commune&date=2025-06-30&size=1")
                        .get("total")
                        .asLong())
                .isEqualTo(10_035);
        assertThat(ok("/api/v1/units?level=district&size=1").get("total").asLong())
                .isZero();
    }

    @Test
    void haNoiHas126CommunesToday() {
        JsonNode page = ok("/api/v1/units?level=commune&parent=01&size=500");
        assertThat(page.get("total").asLong()).isEqualTo(126);
        assertThat(page.get("items"))
                .allSatisfy(u -> assertThat(u.get("parentCode").asString()).isEqualTo("01"));
    }

    @Test
    void hoChiMinhCityIsMadeOfThreeOldProvincesAndHas168Units() {
        JsonNode hcmc = ok("/api/v1/units/79");
        assertThat(hcmc.get("fullName").asString()).isEqualTo("Thành phố Hồ Chí Minh");
        assertThat(codes(hcmc.get("predecessors"))).containsExactlyInAnyOrder("74", "77", "79");
        assertThat(hcmc.get("predecessors")).allSatisfy(p -> {
            assertThat(p.get("relation").asString()).isEqualTo("whole");
            assertThat(p.get("eventKind").asString()).isEqualTo("merge");
            assertThat(p.get("eventDate").asString()).isEqualTo("2025-07-01");
            assertThat(p.get("legalBasis").asString()).contains("202/2025/QH15");
        });
        assertThat(ok("/api/v1/units?level=commune&parent=79&size=1")
                        .get("total")
                        .asLong())
                .isEqualTo(168);
        assertThat(codes(ok("/api/v1/units/79/origins").get("items"))).containsExactlyInAnyOrder("74", "77", "79");
    }

    @Test
    void code91IsKienGiangBeforeTheReformAndAnGiangAfter() {
        assertThat(ok("/api/v1/units/91?date=2025-06-30").get("fullName").asString())
                .isEqualTo("Tỉnh Kiên Giang");
        JsonNode today = ok("/api/v1/units/91");
        assertThat(today.get("fullName").asString()).isEqualTo("Tỉnh An Giang");
        assertThat(today.get("validFrom").asString()).isEqualTo("2025-07-01");
        assertThat(codes(today.get("predecessors"))).containsExactlyInAnyOrder("89", "91");
        JsonNode kienGiang = ok("/api/v1/units/91?date=2025-06-30");
        assertThat(kienGiang.get("validTo").asString()).isEqualTo("2025-06-30");
        assertThat(kienGiang.get("validFrom").isNull()).isTrue();
        assertThat(codes(kienGiang.get("successors"))).containsExactly("91");
    }

    @Test
    void dongNaiIsAProvinceUntilThe29thOfApril2026AndACityFromThe30th() {
        JsonNode before = ok("/api/v1/units/75?date=2026-04-29");
        JsonNode after = ok("/api/v1/units/75?date=2026-05-01");
        assertThat(before.get("fullName").asString()).isEqualTo("Tỉnh Đồng Nai");
        assertThat(before.get("type").asString()).isEqualTo("tinh");
        assertThat(after.get("fullName").asString()).isEqualTo("Thành phố Đồng Nai");
        assertThat(after.get("type").asString()).isEqualTo("thanh_pho_truc_thuoc_tw");
        assertThat(after.get("predecessors")).singleElement().satisfies(p -> {
            assertThat(p.get("relation").asString()).isEqualTo("renamed");
            assertThat(p.get("eventKind").asString()).isEqualTo("type_change");
            assertThat(p.get("eventDate").asString()).isEqualTo("2026-04-30");
            assertThat(p.get("legalBasis").asString()).contains("30/2026/QH16");
        });
        assertThat(ok("/api/v1/units/75/history").get("versions")).hasSize(3);
    }

    @Test
    void aSplitOldCommuneHasThreeSuccessorsEachGettingPartOfIt() {
        JsonNode trungHoa = ok("/api/v1/units/00175?date=2025-06-30");
        assertThat(trungHoa.get("fullName").asString()).isEqualTo("Phường Trung Hoà");
        assertThat(trungHoa.get("successors")).hasSize(3).allSatisfy(s -> {
            assertThat(s.get("relation").asString()).isEqualTo("partial");
            assertThat(s.get("level").asString()).isEqualTo("commune");
        });
        JsonNode current = ok("/api/v1/units/00175/current");
        assertThat(current.get("items")).hasSize(3);
        assertThat(current.get("items"))
                .allSatisfy(c -> assertThat(c.get("relation").asString()).isEqualTo("partial"));
    }

    @Test
    void aReusedCommuneCodeIsTwoUnitsTellApartByDate() {
        assertThat(ok("/api/v1/units/00004?date=2025-06-30").get("fullName").asString())
                .isEqualTo("Phường Trúc Bạch");
        assertThat(ok("/api/v1/units/00004").get("fullName").asString()).isEqualTo("Phường Ba Đình");
        JsonNode history = ok("/api/v1/units/00004/history");
        assertThat(history.get("versions")).hasSize(2);
        assertThat(history.get("versions").get(0).get("fullName").asString()).isEqualTo("Phường Trúc Bạch");
    }

    @Test
    void anOldCodeLeadsToTodaysUnitThroughEveryLaterChange() {
        JsonNode current = ok("/api/v1/units/25270/current");
        assertThat(current.get("items")).singleElement().satisfies(c -> {
            assertThat(c.get("fullName").asString()).isEqualTo("Phường Lộc Ninh");
            assertThat(c.get("eventDate").asString()).isEqualTo("2026-04-30");
        });
    }

    @Test
    void anOldDistrictShowsTheAbolitionOfItsTier() {
        JsonNode district = ok("/api/v1/units/001");
        assertThat(district.get("fullName").asString()).isEqualTo("Quận Ba Đình");
        assertThat(district.get("validTo").asString()).isEqualTo("2025-06-30");
        assertThat(district.get("endedWithoutSuccessor").get("eventKind").asString())
                .isEqualTo("abolished_level");
        assertThat(district.get("endedWithoutSuccessor").get("legalBasis").asString())
                .contains("72/2025/QH15");
        assertThat(ok("/api/v1/units/001/current").get("items")).isNotEmpty();
    }

    @Test
    void theSpellingCorrectionOfPhoBangKeepsTheOldSpellingFindable() {
        JsonNode phoBang = ok("/api/v1/units/00745");
        assertThat(phoBang.get("fullName").asString()).isEqualTo("Xã Phố Bảng");
        assertThat(phoBang.get("validFrom").asString()).isEqualTo("2025-07-01");
        assertThat(phoBang.get("aliases").toString()).contains("Xã Phó Bảng");
        assertThat(codes(ok("/api/v1/units?level=commune&q=Phó Bảng".replace(" ", "%20"))
                        .get("items")))
                .contains("00745");
    }

    @Test
    void searchesNamesWithoutDiacritics() {
        JsonNode found = ok("/api/v1/units?q=bac%20ninh");
        assertThat(found.get("items").get(0).get("name").asString()).isEqualTo("Bắc Ninh");
        JsonNode communes = ok("/api/v1/units?level=commune&q=trung%20hoa&date=2025-06-30");
        assertThat(communes.get("items").toString()).contains("Phường Trung Hoà");
    }

    @Test
    void pagesThroughTheCommunesOfAProvince() {
        JsonNode first = ok("/api/v1/units?level=commune&parent=01&page=0&size=50");
        JsonNode third = ok("/api/v1/units?level=commune&parent=01&page=2&size=50");
        assertThat(first.get("items")).hasSize(50);
        assertThat(third.get("items")).hasSize(26);
        assertThat(third.get("page").asInt()).isEqualTo(2);
        assertThat(codes(first.get("items"))).doesNotContainAnyElementsOf(codes(third.get("items")));
    }

    @Test
    void refusesPageSizesAbove500() {
        HttpResponse<String> response = api().get("/api/v1/units?size=501");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Api.json(response).get("code").asString()).isEqualTo("common.size-invalid");
    }

    @Test
    void answersNotModifiedWhenTheETagStillMatches() {
        HttpResponse<String> first = api().get("/api/v1/units/01");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("\"").doesNotStartWith("W/");
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow())
                .contains("max-age=3600")
                .contains("public");
        assertThat(first.headers().firstValue("Pragma")).isEmpty();
        assertThat(first.headers().firstValue("Expires")).isEmpty();

        HttpResponse<String> second = api().send(api().request("/api/v1/units/01")
                .header("If-None-Match", etag)
                .GET()
                .build());
        assertThat(second.statusCode()).isEqualTo(304);
        assertThat(second.body()).isEmpty();
        assertThat(second.headers().firstValue("ETag")).contains(etag);

        HttpResponse<String> other = api().get("/api/v1/units/01?date=2025-06-30");
        assertThat(other.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
    }

    @Test
    void answersNotModifiedToClientsThatAcceptCompressedAnswersToo() {
        HttpResponse<String> first = api().send(api().request("/api/v1/units?level=commune&parent=01&size=500")
                .header("Accept-Encoding", "gzip")
                .GET()
                .build());
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> second = api().send(api().request("/api/v1/units?level=commune&parent=01&size=500")
                .header("Accept-Encoding", "gzip")
                .header("If-None-Match", etag)
                .GET()
                .build());
        assertThat(second.statusCode()).isEqualTo(304);
        assertThat(second.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=3600");
    }

    @Test
    void documentsTheUnitEndpointsInOpenApi() {
        JsonNode paths = ok("/v3/api-docs").get("paths");
        assertThat(paths.has("/api/v1/units")).isTrue();
        assertThat(paths.has("/api/v1/units/{code}")).isTrue();
        assertThat(paths.has("/api/v1/units/{code}/history")).isTrue();
        assertThat(paths.has("/api/v1/units/{code}/current")).isTrue();
        assertThat(paths.has("/api/v1/units/{code}/origins")).isTrue();
    }

    @Test
    void refusesDatesBeforeTheOldRegisterSnapshotOrAfterTodayInTheCallersLanguage() {
        assertProblem("/api/v1/units?date=2025-02-28", "vi", 400, "adminunit.date-out-of-range", "2025-03-01");
        assertProblem("/api/v1/units/01?date=2100-01-01", "en", 400, "adminunit.date-out-of-range", "outside");
    }

    @Test
    void refusesMalformedCodes() {
        assertProblem("/api/v1/units/1234", "vi", 400, "adminunit.code-invalid", "không hợp lệ");
        assertProblem("/api/v1/units/abcde", "en", 400, "adminunit.code-invalid", "not valid");
        assertProblem("/api/v1/units?level=commune&parent=1", "en", 400, "adminunit.code-invalid", "not valid");
    }

    @Test
    void refusesUnknownLevels() {
        assertProblem("/api/v1/units?level=village", "vi", 400, "adminunit.level-invalid", "village");
        assertProblem("/api/v1/units/01?level=hamlet", "en", 400, "adminunit.level-invalid", "province");
    }

    @Test
    void answersNotFoundForUnknownCodes() {
        assertProblem("/api/v1/units/99999", "vi", 404, "adminunit.unit-not-found", "99999");
        assertProblem("/api/v1/units/99", "en", 404, "adminunit.unit-not-found", "99");
        assertProblem("/api/v1/units/02?date=2025-07-01", "en", 404, "adminunit.unit-not-found", "02");
        assertProblem("/api/v1/units/001?date=2025-07-01", "en", 404, "adminunit.unit-not-found", "2025-07-01");
    }

    private void assertProblem(String path, String language, int status, String code, String detailFragment) {
        HttpResponse<String> response = api().send(api().request(path)
                .header("Accept-Language", language)
                .GET()
                .build());
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        JsonNode problem = Api.json(response);
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("detail").asString()).contains(detailFragment);
    }

    private static List<String> codes(JsonNode units) {
        List<String> codes = new ArrayList<>();
        units.forEach(u -> codes.add(u.get("code").asString()));
        return codes;
    }
}
