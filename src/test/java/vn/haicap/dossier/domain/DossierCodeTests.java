package vn.haicap.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DossierCodeTests {

    @Test
    void buildsTheRegulatedFormatFromTheUnitTheDayAndTheSequence() {
        String code = DossierCode.format(DossierCode.agencyOf("01", "00004"), LocalDate.of(2026, 11, 22), 1);
        assertThat(code).isEqualTo("H01.00004-261122-0001");
        assertThat(DossierCode.looksValid(code)).isTrue();
    }

    @Test
    void theSequenceGrowsBeyondFourDigitsWhenNeeded() {
        assertThat(DossierCode.format("H79.26743", LocalDate.of(2026, 1, 5), 12345))
                .isEqualTo("H79.26743-260105-12345");
    }

    @Test
    void rejectsCodesOutsideTheFormat() {
        assertThat(DossierCode.looksValid("000.00.04.H57-210305-0001")).isFalse();
        assertThat(DossierCode.looksValid("H01.00004-2611-0001")).isFalse();
    }

    @Test
    void checkCodesAreSixUnambiguousCharactersAndMatchOnlyTheirHash() {
        String code = CheckCode.generate();
        assertThat(code).matches("[2-9A-HJKMNP-Z]{6}");
        String hash = CheckCode.hash(code);
        assertThat(CheckCode.matches(code.toLowerCase(java.util.Locale.ROOT), hash))
                .isTrue();
        assertThat(CheckCode.matches("ZZZZZZ".equals(code) ? "YYYYYY" : "ZZZZZZ", hash))
                .isFalse();
    }
}
