package vn.haicap.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseTextTests {

    @Test
    void dropsDiacriticsAndCase() {
        assertThat(VietnameseText.searchKey("Tỉnh Bắc Ninh")).isEqualTo("tinh bac ninh");
        assertThat(VietnameseText.searchKey("THÀNH PHỐ HỒ CHÍ MINH")).isEqualTo("thanh pho ho chi minh");
    }

    @Test
    void writesDWithStrokeAsD() {
        assertThat(VietnameseText.searchKey("Đắk Lắk")).isEqualTo("dak lak");
        assertThat(VietnameseText.searchKey("đồng nai")).isEqualTo("dong nai");
    }

    @Test
    void ignoresWhereTheToneMarkSits() {
        assertThat(VietnameseText.searchKey("Trung Hoà"))
                .isEqualTo(VietnameseText.searchKey("Trung Hòa"))
                .isEqualTo("trung hoa");
        assertThat(VietnameseText.searchKey("Thuỷ")).isEqualTo(VietnameseText.searchKey("Thủy"));
    }

    @Test
    void removesStraightAndTypographicApostrophes() {
        assertThat(VietnameseText.searchKey("M'Đrắk")).isEqualTo("mdrak");
        assertThat(VietnameseText.searchKey("M’Đrắk")).isEqualTo("mdrak");
        assertThat(VietnameseText.searchKey("Ea H'Leo")).isEqualTo("ea hleo");
    }

    @Test
    void turnsOtherPunctuationIntoSingleSpaces() {
        assertThat(VietnameseText.searchKey("  Bà Rịa -  Vũng Tàu ")).isEqualTo("ba ria vung tau");
        assertThat(VietnameseText.searchKey("50%_off")).isEqualTo("50 off");
    }

    @Test
    void keepsDigits() {
        assertThat(VietnameseText.searchKey("Phường 4")).isEqualTo("phuong 4");
        assertThat(VietnameseText.searchKey("Xã Đạ Huoai 3")).isEqualTo("xa da huoai 3");
    }
}
