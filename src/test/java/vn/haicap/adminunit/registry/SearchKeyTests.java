package vn.haicap.adminunit.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchKeyTests {

    @Test
    void dropsDiacriticsAndCase() {
        assertThat(SearchKey.of("Tỉnh Bắc Ninh")).isEqualTo("tinh bac ninh");
        assertThat(SearchKey.of("THÀNH PHỐ HỒ CHÍ MINH")).isEqualTo("thanh pho ho chi minh");
    }

    @Test
    void writesDWithStrokeAsD() {
        assertThat(SearchKey.of("Đắk Lắk")).isEqualTo("dak lak");
        assertThat(SearchKey.of("đồng nai")).isEqualTo("dong nai");
    }

    @Test
    void ignoresWhereTheToneMarkSits() {
        assertThat(SearchKey.of("Trung Hoà"))
                .isEqualTo(SearchKey.of("Trung Hòa"))
                .isEqualTo("trung hoa");
        assertThat(SearchKey.of("Thuỷ")).isEqualTo(SearchKey.of("Thủy"));
    }

    @Test
    void removesStraightAndTypographicApostrophes() {
        assertThat(SearchKey.of("M'Đrắk")).isEqualTo("mdrak");
        assertThat(SearchKey.of("M’Đrắk")).isEqualTo("mdrak");
        assertThat(SearchKey.of("Ea H'Leo")).isEqualTo("ea hleo");
    }

    @Test
    void turnsOtherPunctuationIntoSingleSpaces() {
        assertThat(SearchKey.of("  Bà Rịa -  Vũng Tàu ")).isEqualTo("ba ria vung tau");
        assertThat(SearchKey.of("50%_off")).isEqualTo("50 off");
    }

    @Test
    void keepsDigits() {
        assertThat(SearchKey.of("Phường 4")).isEqualTo("phuong 4");
        assertThat(SearchKey.of("Xã Đạ Huoai 3")).isEqualTo("xa da huoai 3");
    }
}
