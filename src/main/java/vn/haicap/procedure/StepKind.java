package vn.haicap.procedure;

import java.util.Locale;
import java.util.Optional;

/** What happens at a workflow step. Transfers hand the dossier to another agency and back. */
public enum StepKind {
    RECEIVE,
    CHECK,
    PROCESS,
    REVIEW,
    SIGN,
    RETURN,
    TRANSFER_OUT,
    TRANSFER_BACK;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StepKind> fromKey(String key) {
        for (StepKind kind : values()) {
            if (kind.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
