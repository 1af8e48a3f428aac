package vn.haicap.procedure;

import org.jspecify.annotations.Nullable;

/**
 * A fee or charge as published.
 *
 * @param amount in VND: 0 when free, null when the text sets no single amount (e.g. "as decided by the
 *     provincial People's Council")
 * @param description the published wording, e.g. "50.000 đồng/lần"
 */
public record Fee(@Nullable Long amount, String description) {

    public static Fee free(String description) {
        return new Fee(0L, description);
    }

    public boolean isFree() {
        return amount != null && amount == 0;
    }
}
