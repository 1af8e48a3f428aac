package vn.haicap.dossier.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VietQrTests {

    /**
     * Published example: 120,000 VND to account 0011001932418 at VietinBank (BIN 970415), purpose "ung ho
     * lu lut" — README of github.com/subiz/vietqr, a transfer code accepted by Vietnamese banking apps.
     */
    static final String SUBIZ_EXAMPLE = "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA"
            + "530370454061200005802VN62170813ung ho lu lut6304C15C";

    /** Published example: 10,000 VND to ACB (BIN 970416) account 257678859, "Chuyen tien" (vietnam_qr_pay gem README). */
    static final String ACB_EXAMPLE = "00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA"
            + "53037045405100005802VN62150811Chuyen tien630453E6";

    @Test
    void buildsThePublishedPayloadsByteForByte() {
        assertThat(VietQr.payload("970415", "0011001932418", 120_000, "ung ho lu lut"))
                .isEqualTo(SUBIZ_EXAMPLE);
        assertThat(VietQr.payload("970416", "257678859", 10_000, "Chuyen tien")).isEqualTo(ACB_EXAMPLE);
    }

    @Test
    void theChecksumIsCrc16CcittFalse() {
        // the standard check value of CRC-16/CCITT-FALSE
        assertThat(VietQr.crc("123456789")).isEqualTo("29B1");
        // and the published codes check out: CRC over everything up to and including "6304"
        for (String published : new String[] {SUBIZ_EXAMPLE, ACB_EXAMPLE}) {
            String body = published.substring(0, published.length() - 4);
            assertThat(body).endsWith("6304");
            assertThat(VietQr.crc(body)).isEqualTo(published.substring(published.length() - 4));
        }
    }

    @Test
    void aDossierPayloadCarriesEveryFieldOfTheNapasProfile() {
        String code = "H01.00004-261122-0001";
        String payload = VietQr.payload("970436", "1017595600", 15_000, code);
        assertThat(payload)
                .startsWith("000201" + "010212")
                .contains("0010A000000727", "0006970436", "01101017595600", "0208QRIBFTTA")
                .contains("5303704", "540515000", "5802VN")
                .contains("62250821" + code)
                .matches(".*6304[0-9A-F]{4}$");
        assertThat(VietQr.crc(payload.substring(0, payload.length() - 4)))
                .isEqualTo(payload.substring(payload.length() - 4));
        // every length prefix is right: walk the top-level data objects to the end
        int at = 0;
        StringBuilder ids = new StringBuilder();
        while (at < payload.length()) {
            String id = payload.substring(at, at + 2);
            int length = Integer.parseInt(payload.substring(at + 2, at + 4));
            ids.append(id).append(' ');
            at += 4 + length;
        }
        assertThat(at).isEqualTo(payload.getBytes(StandardCharsets.US_ASCII).length);
        assertThat(ids.toString().strip()).isEqualTo("00 01 38 53 54 58 62 63");
    }

    @Test
    void refusesWhatNoBankAppCouldRead() {
        assertThatThrownBy(() -> VietQr.payload("97041", "123", 1000, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VietQr.payload("970415", "123", 0, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VietQr.payload("970415", "123", 1000, "phí hồ sơ"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VietQr.payload("970415", "123", 1000, "x".repeat(26)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
