package vn.haicap.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTests {

    @Test
    void marksWordsWhateverTheirDiacriticsAndTonePlacement() {
        String text = "Quyết định giao đất cho ông Nguyễn Văn Hoà, công trình thuỷ lợi Đông Anh";
        String snippet = Snippets.highlight(text, SearchIndex.terms("hòa THỦY dong"));
        assertThat(snippet)
                .contains("<mark>Hoà</mark>")
                .contains("<mark>thuỷ</mark>")
                .contains("<mark>Đông</mark>")
                .doesNotContain("<mark>lợi</mark>");
    }

    @Test
    void marksPrefixesOnlyAtTheStartOfAWordAndEscapesHtml() {
        String snippet = Snippets.highlight("<b>khai sinh</b> tái khai", SearchIndex.terms("kha"));
        assertThat(snippet).isEqualTo("&lt;b&gt;<mark>khai</mark> sinh&lt;/b&gt; tái <mark>khai</mark>");
    }

    @Test
    void showsTheNeighbourhoodOfTheFirstMatchInALongText() {
        String text = "lorem ipsum ".repeat(100) + "Giấy chứng nhận quyền sử dụng đất " + "dolor sit ".repeat(100);
        String snippet = Snippets.highlight(text, SearchIndex.terms("quyen su dung"));
        assertThat(snippet)
                .startsWith("…")
                .endsWith("…")
                .contains("<mark>quyền</mark> <mark>sử</mark> <mark>dụng</mark>");
        assertThat(snippet.length()).isLessThan(400);
    }

    @Test
    void foldsDecomposedText() {
        String decomposed = java.text.Normalizer.normalize("Thủy lợi", java.text.Normalizer.Form.NFD);
        assertThat(Snippets.highlight(decomposed, SearchIndex.terms("thuy")))
                .startsWith("<mark>")
                .contains("</mark> l");
    }
}
