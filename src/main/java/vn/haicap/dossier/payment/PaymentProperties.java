package vn.haicap.dossier.payment;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The accounts fees are paid into: the collecting Center's account per province
 * ({@code haicap.payment.accounts.<province code>.bin/account/name}). In evaluation mode a province
 * without one uses {@link #DEMO}, a made-up account named as a demo; in production a province without an
 * account shows the amount due but no VietQR code.
 */
@ConfigurationProperties("haicap.payment")
record PaymentProperties(@DefaultValue Map<String, Account> accounts) {

    /** Evaluation mode only: VietinBank's BIN with an account number that is not real. */
    static final Account DEMO = new Account("970415", "0000000000", "HAICAP DEMO - KHONG CHUYEN TIEN");

    /**
     * @param bin the bank's 6-digit NAPAS BIN
     * @param account the account number
     * @param name the account holder, as the bank knows it
     */
    record Account(String bin, String account, String name) {

        Account {
            if (!bin.matches("\\d{6}") || !account.matches("[0-9A-Za-z]{1,19}") || name.isBlank()) {
                throw new IllegalArgumentException(
                        "haicap.payment.accounts: a 6-digit bin, an account number of up to 19 letters or digits and a name");
            }
        }
    }

    @Nullable
    Account forProvince(String provinceCode, boolean evaluation) {
        Account configured = accounts.get(provinceCode);
        if (configured != null) {
            return configured;
        }
        return evaluation ? DEMO : null;
    }
}
