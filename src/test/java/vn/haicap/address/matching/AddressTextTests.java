package vn.haicap.address.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressTextTests {

    @Test
    void foldsDiacriticsCaseAndDStroke() {
        assertThat(tokens("Phường ĐỒNG Xuân")).containsExactly("phuong", "dong", "xuan");
    }

    @Test
    void foldsYToI() {
        assertThat(tokens("Quý Kỳ Mỹ")).containsExactly("qui", "ki", "mi");
    }

    @Test
    void splitsLettersFromDigitsAndDropsLeadingZeros() {
        assertThat(tokens("P02 Q.10 F3 số 007")).containsExactly("p", "2", "q", "10", "f", "3", "so", "7");
    }

    @Test
    void keepsASingleZero() {
        assertThat(tokens("000")).containsExactly("0");
    }

    @Test
    void dropsApostrophesInsideWords() {
        assertThat(tokens("Đ'Mrông Đ’Mrông ĐMrông")).containsExactly("dmrong", "dmrong", "dmrong");
    }

    @Test
    void givesJoinedAndSeparatedWordsTheSamePhraseHash() {
        assertThat(phraseHash("Ea Bia")).isEqualTo(phraseHash("EaBia")).isEqualTo(phraseHash("ea-bia"));
        assertThat(phraseHash("BR-VT")).isEqualTo(phraseHash("BRVT"));
        assertThat(phraseHash("Ea Bìa")).isEqualTo(phraseHash("Ea Bia"));
        assertThat(phraseHash("Ea Bi")).isNotEqualTo(phraseHash("Ea Bia"));
    }

    @Test
    void givesEitherTonePlacementTheSameAccentWeight() {
        assertThat(accent("Hòa")).isEqualTo(accent("Hoà"));
        assertThat(accent("Thủy")).isEqualTo(accent("Thuỷ"));
        assertThat(accent("Quý")).isEqualTo(accent("Quí"));
        assertThat(accent("Quán")).isNotEqualTo(accent("Quân"));
        assertThat(accent("Hoa")).isZero();
    }

    @Test
    void readsDecomposedTextLikeComposedText() {
        String composed = "Phường Trúc Bạch, Hà Nội";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(tokens(decomposed)).isEqualTo(tokens(composed));
        assertThat(accent(decomposed)).isEqualTo(accent(composed));
    }

    @Test
    void startsANewSegmentAtEachComma() {
        AddressText text = AddressText.of("12 Lê Lợi, P. 3; Q 5");
        assertThat(text.segment).startsWith(0, 0, 0, 1, 1, 2, 2);
    }

    @Test
    void remembersWhereEachTokenStartsInTheSource() {
        AddressText text = AddressText.of("  Số 12, Phường 3");
        assertThat(text.sourceStart).startsWith(2, 5, 9, 16);
    }

    @Test
    void reusesItsBuffersForLongerInput() {
        AddressText text = new AddressText();
        text.load("a b");
        text.load("x ".repeat(200));
        assertThat(text.count).isEqualTo(200);
        text.load("Phường 3");
        assertThat(text.count).isEqualTo(2);
        assertThat(text.token(1)).isEqualTo("3");
    }

    private static List<String> tokens(String s) {
        AddressText text = AddressText.of(s);
        List<String> tokens = new ArrayList<>();
        for (int t = 0; t < text.count; t++) {
            tokens.add(text.token(t));
        }
        return tokens;
    }

    private static long phraseHash(String s) {
        AddressText text = AddressText.of(s);
        long hash = 0;
        for (int t = 0; t < text.count; t++) {
            hash = hash * text.power[t] + text.hash[t];
        }
        return hash;
    }

    private static long accent(String s) {
        AddressText text = AddressText.of(s);
        long sum = 0;
        for (int t = 0; t < text.count; t++) {
            sum += text.accent[t];
        }
        return sum;
    }
}
