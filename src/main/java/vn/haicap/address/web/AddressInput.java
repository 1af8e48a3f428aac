package vn.haicap.address.web;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import vn.haicap.address.batch.BatchRun;
import vn.haicap.shared.HaicapException;

/** Checks a single address before it is converted: not blank, at most 10 KB of UTF-8. */
final class AddressInput {

    static final String EMPTY = "address.empty";
    static final String TOO_LONG = "address.too-long";

    private AddressInput() {}

    static String require(@Nullable String address) {
        if (address == null || address.isBlank()) {
            throw HaicapException.invalid(EMPTY);
        }
        if (address.length() > BatchRun.MAX_ADDRESS_BYTES / 3
                && address.getBytes(StandardCharsets.UTF_8).length > BatchRun.MAX_ADDRESS_BYTES) {
            throw HaicapException.invalid(TOO_LONG, BatchRun.MAX_ADDRESS_BYTES / 1024);
        }
        return address.strip();
    }
}
