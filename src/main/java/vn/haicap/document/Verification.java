package vn.haicap.document;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What anyone may learn from a result code: whether it exists, the hash of the file issued, its type and date. */
public record Verification(
        boolean exists,
        @Nullable String sha256,
        @Nullable String documentType,
        @Nullable LocalDate issuedOn) {

    static final Verification UNKNOWN = new Verification(false, null, null, null);
}
