package vn.haicap.dossier.domain;

import java.time.OffsetDateTime;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How a hand-over kept its step's budget, as Form 06 records it: early (done on an earlier day than the
 * step was due), on time (on the day it was due, before the end), or late.
 */
public enum HandoverOutcome {
    EARLY,
    ON_TIME,
    LATE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static @Nullable HandoverOutcome of(OffsetDateTime doneAt, @Nullable OffsetDateTime dueAt) {
        if (dueAt == null) {
            return null;
        }
        if (doneAt.isAfter(dueAt)) {
            return LATE;
        }
        return doneAt.toLocalDate()
                        .isBefore(dueAt.atZoneSameInstant(doneAt.getOffset()).toLocalDate())
                ? EARLY
                : ON_TIME;
    }
}
