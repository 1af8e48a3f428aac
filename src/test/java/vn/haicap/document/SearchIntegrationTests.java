package vn.haicap.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.haicap.document.inspection.TestFiles;
import vn.haicap.support.Api;
import vn.haicap.support.HaicapIntegrationTest;

@HaicapIntegrationTest
class SearchIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    SearchIndex index;

    @Autowired
    CommonWords commonWords;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private JsonNode search(String user, String password, String q) {
        var response = new Uploads(new Api(port))
                .get(user, password, "/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&size=50");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response);
    }

    private static boolean contains(JsonNode page, String kind, String id) {
        for (JsonNode item : page.get("items")) {
            if (item.get("kind").asString().equals(kind)
                    && item.get("id").asString().equals(id)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void findsDocumentsByTheirTextIgnoringDiacriticsAndTonePlacementForTheirOwnerOnly() {
        String word = "Xuanthuy" + UUID.randomUUID().toString().substring(0, 6);
        var created = new Uploads(new Api(port))
                .upload(
                        "citizen",
                        "Demo-citizen-2025",
                        "/api/v1/documents",
                        "quyet-dinh.docx",
                        TestFiles.docx("Quyết định giao đất cho ông Nguyễn Văn Hoà, công trình thuỷ lợi " + word),
                        Map.of("title", "Quyết định giao đất"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Api.json(created).get("id").asString();

        JsonNode page = search("citizen", "Demo-citizen-2025", "hòa THỦY " + word.toLowerCase());
        assertThat(page.get("total").asLong()).isEqualTo(1);
        JsonNode hit = page.get("items").get(0);
        assertThat(hit.get("kind").asString()).isEqualTo("document");
        assertThat(hit.get("id").asString()).isEqualTo(id);
        assertThat(hit.get("title").asString()).isEqualTo("Quyết định giao đất");
        assertThat(hit.get("snippet").asString()).contains("<mark>Hoà</mark>").contains("<mark>thuỷ</mark>");

        assertThat(contains(search("citizen", "Demo-citizen-2025", "nguyen van hoa " + word), "document", id))
                .isTrue();
        // a last word still being typed matches as a prefix once it matches no whole word
        String typing = word.toLowerCase().substring(0, word.length() - 2);
        assertThat(contains(search("citizen", "Demo-citizen-2025", "thuy " + typing), "document", id))
                .isTrue();
        // a whole word does not: "hoa" is not "hoang"
        assertThat(search("citizen", "Demo-citizen-2025", "hoang " + word)
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(search("business", "Demo-business-2025", word).get("total").asLong())
                .isZero();
        assertThat(search("specialist.hanoi", "Demo-specialist-2025", word)
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(contains(search("ministry", "Demo-ministry-2025", word), "document", id))
                .isTrue();
    }

    @Test
    void otherModulesContributeItemsFilteredByJurisdictionAndRankedByTitle() {
        String code = "000.00.04.H26-" + (100000 + new java.util.Random().nextInt(899999)) + "-0001";
        String person = "Phạm Thị Thuỷ" + UUID.randomUUID().toString().substring(0, 4);
        index.put(new SearchItem(
                "dossier",
                code,
                "Đăng ký khai sinh – " + person,
                "Hồ sơ " + code + " của " + person + ", Phường Ba Đình, Hà Nội",
                "someone",
                "01",
                "00004",
                LocalDate.of(2026, 11, 20)));
        index.put(new SearchItem(
                "dossier",
                code + "-x",
                "Cấp bản sao trích lục",
                "ghi chú có nhắc tới " + person,
                "someone",
                "01",
                "00004",
                LocalDate.of(2026, 11, 21)));

        JsonNode commune = search("specialist.hanoi", "Demo-specialist-2025", person);
        assertThat(commune.get("total").asLong()).isEqualTo(2);
        assertThat(commune.get("items").get(0).get("id").asString()).isEqualTo(code);
        assertThat(contains(search("specialist.hanoi", "Demo-specialist-2025", code), "dossier", code))
                .isTrue();
        assertThat(contains(
                        search("specialist.hanoi", "Demo-specialist-2025", person + " 20/11/2026"), "dossier", code))
                .isTrue();
        assertThat(contains(search("provinceadmin.hanoi", "Demo-provinceadmin-2025", person), "dossier", code))
                .isTrue();
        assertThat(search("counter.hcm", "Demo-counter-2025", person)
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(search("citizen", "Demo-citizen-2025", person).get("total").asLong())
                .isZero();
    }

    @Test
    void pagesThroughResults() {
        String word = "trang" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 3; i++) {
            index.put(new SearchItem("test", word + i, "Mục " + i, word, null, "01", null, null));
        }
        var response = new Uploads(new Api(port))
                .get("provinceadmin.hanoi", "Demo-provinceadmin-2025", "/api/v1/search?q=" + word + "&page=1&size=2");
        JsonNode page = Api.json(response);
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("totalIsLowerBound").asBoolean()).isFalse();
        assertThat(page.get("items").size()).isEqualTo(1);
    }

    @Test
    void aWordInMostItemsIsCheckedOnTheRowsFoundAndStillRequired() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String common = "chung" + suffix;
        String rare = "hiem" + suffix;
        long inFirstPartition = jdbc.sql("select count(*) from document.search_item_00")
                .query(Long.class)
                .single();
        // enough items with the common word for it to be in most items of every partition
        long withCommon = 2 * 32 * inFirstPartition + 64;
        for (int i = 0; i < withCommon; i++) {
            index.put(new SearchItem(
                    "test", common + "-" + i, "Mục " + i, common + (i < 2 ? " " + rare : ""), null, "01", null, null));
        }
        index.put(new SearchItem("test", rare + "-alone", "Mục", rare, null, "01", null, null));
        jdbc.sql("analyze document.search_item_00").update();
        commonWords.refresh();
        assertThat(commonWords.get()).contains(common).doesNotContain(rare);

        JsonNode both = search("provinceadmin.hanoi", "Demo-provinceadmin-2025", common + " " + rare);
        assertThat(both.get("total").asLong()).isEqualTo(2);
        assertThat(contains(both, "test", common + "-0")).isTrue();
        assertThat(contains(both, "test", common + "-1")).isTrue();
        assertThat(search("provinceadmin.hanoi", "Demo-provinceadmin-2025", rare)
                        .get("total")
                        .asLong())
                .isEqualTo(3);
        assertThat(search("provinceadmin.hanoi", "Demo-provinceadmin-2025", common)
                        .get("total")
                        .asLong())
                .isEqualTo(Math.min(withCommon, SearchIndex.COUNT_CAP));
    }

    @Test
    void countsABroadQueryUpToTheCapAndSaysThereAreMore() {
        String word = "rong" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i <= SearchIndex.COUNT_CAP; i++) {
            index.put(new SearchItem("test", word + "-" + i, "Mục " + i, word, null, "01", null, null));
        }

        JsonNode page = search("provinceadmin.hanoi", "Demo-provinceadmin-2025", word);

        assertThat(page.get("total").asLong()).isEqualTo(SearchIndex.COUNT_CAP);
        assertThat(page.get("totalIsLowerBound").asBoolean()).isTrue();
        assertThat(page.get("items").size()).isEqualTo(50);
        index.remove("test", word + "-0");
        JsonNode exactlyTheCap = search("provinceadmin.hanoi", "Demo-provinceadmin-2025", word);
        assertThat(exactlyTheCap.get("total").asLong()).isEqualTo(SearchIndex.COUNT_CAP);
        assertThat(exactlyTheCap.get("totalIsLowerBound").asBoolean()).isFalse();
    }
}
