package vn.haicap.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.haicap.shared.HaicapException;

class NumberSymbolsTests {

    @Test
    void writesNumbersBelowTenWithALeadingZeroAndTheTypeBeforeTheIssuer() {
        assertThat(NumberSymbols.format(5, "QĐ", "UBND", null)).isEqualTo("05/QĐ-UBND");
        assertThat(NumberSymbols.format(123, "gp", "ubnd", null)).isEqualTo("123/GP-UBND");
    }

    @Test
    void writesOfficialLettersWithTheDraftingUnitAfterTheIssuer() {
        assertThat(NumberSymbols.format(12, "", "UBND", "VP")).isEqualTo("12/UBND-VP");
        assertThatThrownBy(() -> NumberSymbols.format(12, "", "UBND", null)).isInstanceOf(HaicapException.class);
    }

    @Test
    void makesResultCodesThatCannotBeGuessedFromOneAnother() {
        String code = NumberSymbols.resultCode();
        assertThat(code).matches("KQ(-[2-9A-HJKMNP-Z]{4}){3}");
        assertThat(NumberSymbols.resultCode()).isNotEqualTo(code);
    }
}
