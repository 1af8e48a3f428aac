package vn.haicap.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.haicap.shared.VietnameseText;
import vn.haicap.support.HaicapIntegrationTest;

/** The vector built in Java against PostgreSQL's own parsing of the same text, which it replaces. */
@HaicapIntegrationTest
class SearchVectorTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchIndex index;

    /** PostgreSQL's vector of the text, as the trigger (and the generated column before it) computes it. */
    private String parsed(String foldedTitle, String folded) {
        return jdbc.sql("select (setweight(to_tsvector('simple', :title), 'A')"
                        + " || setweight(to_tsvector('simple', :body), 'B'))::text")
                .param("title", foldedTitle)
                .param("body", folded)
                .query(String.class)
                .single();
    }

    private String read(String vector) {
        return jdbc.sql("select cast(:vector as tsvector)::text")
                .param("vector", vector)
                .query(String.class)
                .single();
    }

    private void assertSameAsParsed(String title, String body) {
        String foldedTitle = VietnameseText.searchKey(title);
        String folded = VietnameseText.searchKey(body);
        String built = SearchVector.of(foldedTitle, folded);
        assertThat(built).as("plain text: %s / %s", foldedTitle, folded).isNotNull();
        assertThat(read(built)).as(folded).isEqualTo(parsed(foldedTitle, folded));
    }

    @Test
    void equalsPostgresqlsParsingOfFoldedVietnameseText() {
        assertSameAsParsed(
                "H01.00004-261208-0016 Thủ tục đăng ký nhận cha, mẹ, con",
                "Hồ sơ H01.00004-261208-0016 của bà Nguyễn Thị Lan, 12 Phố Huế, phường Ba Đình, thành phố Hà Nội;"
                        + " tờ khai đăng ký nhận cha, mẹ, con (to-khai.pdf); ngày 08/12/2026, 2026-12-08; thủ tục 1.001022");
        assertSameAsParsed("Quyết định", "Quyết định giao đất cho ông Nguyễn Văn Hoà, công trình thuỷ lợi");
        // a word in both, a word repeated, digits and letters mixed, a number with an exponent as a whole word
        assertSameAsParsed("con con h01", "con h01 1e 0x1f abc123 123abc con con 00000000000000000000001 e5");
        assertSameAsParsed("", "chỉ có nội dung");
        assertSameAsParsed("chỉ có tiêu đề", "");
        assertSameAsParsed("", "");
    }

    @Test
    void equalsPostgresqlsParsingOfRandomPlainTexts() {
        Random random = new Random(20261207);
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789eeex";
        int compared = 0;
        for (int text = 0; text < 300; text++) {
            List<String> words = new ArrayList<>();
            int count = random.nextInt(text % 10 == 0 ? 600 : 40);
            for (int w = 0; w < count; w++) {
                // a small vocabulary, so that words repeat within and across title and body
                StringBuilder word = new StringBuilder();
                int length = 1 + random.nextInt(4);
                for (int c = 0; c < length; c++) {
                    word.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                words.add(word.toString());
            }
            int split = words.isEmpty() ? 0 : random.nextInt(Math.min(words.size(), 12) + 1);
            String title = String.join(" ", words.subList(0, split));
            String body = String.join(" ", words.subList(split, words.size()));
            String built = SearchVector.of(title, body);
            if (built != null) {
                assertThat(read(built)).as(title + " / " + body).isEqualTo(parsed(title, body));
                compared++;
            }
        }
        // most are plain; those with a word like 12e3x are left to PostgreSQL
        assertThat(compared).isGreaterThan(150);
    }

    @Test
    void leavesToPostgresqlWhatItsParserReadsDifferentlyOrBeyondTheLimits() {
        assertThat(SearchVector.of("", "12e3x")).isNull();
        assertThat(SearchVector.of("Cộng hòa", "")).as("not folded").isNull();
        assertThat(SearchVector.of("", "москва")).isNull();
        assertThat(SearchVector.of("", "a-b")).isNull();
        assertThat(SearchVector.of("", "x".repeat(256))).isNull();
        assertThat(SearchVector.of("", "lap ".repeat(256).strip()))
                .as("more positions of one word than to_tsvector keeps")
                .isNull();
        assertThat(SearchVector.of("lap lap", "lap ".repeat(255).strip()))
                .as("more positions than a joined vector keeps")
                .isNull();
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 16_384; i++) {
            many.append(i).append(' ');
        }
        assertThat(SearchVector.of("", many.toString().strip()))
                .as("positions beyond 16,383")
                .isNull();
        // at the limits, still equal
        assertSameAsParsed("lap", "lap ".repeat(255).strip());
        assertSameAsParsed("", "lap ".repeat(255).strip());
        assertSameAsParsed("", many.substring(0, many.lastIndexOf("16383")).strip());
    }

    @Test
    void anItemPostgresqlMustParseIsStillFoundAndAChangedTextIsReparsed() {
        String id = UUID.randomUUID().toString();
        String word = "zq" + id.substring(0, 8).replaceAll("[0-9]", "k");
        // Cyrillic stays as it is after folding, so PostgreSQL parses this item itself
        index.put(new SearchItem("test", id, "Москва " + word, "текст", null, "01", null, LocalDate.of(2026, 12, 7)));
        assertThat(vectorOf(id)).contains("'москва':1A").contains("'" + word + "':2A");

        // a writer that changes the text and leaves the vector: the trigger parses it again
        jdbc.sql("update document.search_item set folded = 'doi moi' where kind = 'test' and id = :id")
                .param("id", id)
                .update();
        assertThat(vectorOf(id)).contains("'doi'").doesNotContain("'текст'");

        index.put(new SearchItem("test", id, "Đổi tên " + word, "văn bản", null, "01", null, null));
        assertThat(vectorOf(id)).contains("'ten':2A").contains("'van'").doesNotContain("'москва'");
        index.remove("test", id);
    }

    private String vectorOf(String id) {
        return jdbc.sql("select vector::text from document.search_item where kind = 'test' and id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
