package vn.haicap.dossier.payment;

import java.util.Locale;
import vn.haicap.shared.HaicapException;

/** How a payment was made (one-stop-shop.md §9, D118 Art. 24). */
public enum PaymentChannel {
    CASH,
    /** Bank transfer, card or QR at the counter. */
    COUNTER_ELECTRONIC,
    /** The National Public Service Portal's payment platform. */
    NATIONAL_PORTAL,
    /** A provincial or ministry payment gateway. */
    LOCAL_GATEWAY,
    /** Through the postal operator. */
    POSTAL;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PaymentChannel parse(String value) {
        for (PaymentChannel channel : values()) {
            if (channel.key().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return channel;
            }
        }
        throw HaicapException.invalid("payment.channel-invalid", value);
    }
}
