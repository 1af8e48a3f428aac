package vn.haicap.dossier.payment;

import java.util.Locale;

/**
 * The kind of an amount due. Law 97/2015/QH13 on fees and charges: a fee (phí) pays for a public
 * service, a charge (lệ phí) for an administrative service of the State; other obligations are e.g.
 * land-use levies.
 */
public enum ItemType {
    FEE,
    CHARGE,
    OTHER_OBLIGATION;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ItemType of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
