package vn.haicap.dossier.payment;

import java.util.Locale;

/** Where a dossier's payment stands. */
public enum PaymentStatus {
    /** An amount greater than zero is due and not paid yet. */
    DUE,
    /** Paid, with a receipt. */
    PAID,
    /** The procedure charges nothing for this channel. */
    FREE,
    /** Something is due but the catalogue sets no single amount ("as decided by the People's Council"). */
    TO_BE_DETERMINED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static PaymentStatus of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
