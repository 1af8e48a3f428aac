package vn.haicap.workforce.imports;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An import as its owner sees it. {@code percent} is null while unknown (a workbook without its
 * dimension).
 */
public record ImportJobView(
        UUID id,
        String fileName,
        Status status,
        long processed,
        long accepted,
        long rejectedCount,
        @Nullable Integer percent,
        List<Rejection> rejected,
        @Nullable String failureCode) {

    public enum Status {
        QUEUED,
        RUNNING,
        DONE,
        FAILED,
        /** Cut short by a stop of the application; the rows stored before remain. */
        INTERRUPTED;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public boolean ended() {
            return this == DONE || this == FAILED || this == INTERRUPTED;
        }
    }

    /** A row refused, with its line in the file and why (a message code with its arguments). */
    public record Rejection(long line, String code, List<Object> arguments) {}
}
