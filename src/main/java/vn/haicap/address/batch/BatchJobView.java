package vn.haicap.address.batch;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.haicap.shared.TableFormat;

/**
 * A snapshot of a batch job for its owner.
 *
 * @param percent how far through the input, when its size tells (CSV), else null
 * @param failureCode the message key of why the job failed, when it did
 */
public record BatchJobView(
        UUID id,
        String fileName,
        State state,
        long rowsDone,
        @Nullable Integer percent,
        @Nullable BatchSummary summary,
        @Nullable String failureCode,
        TableFormat outputFormat,
        Instant created,
        @Nullable Instant expires) {

    public enum State {
        QUEUED,
        RUNNING,
        DONE,
        FAILED;

        public boolean ended() {
            return this == DONE || this == FAILED;
        }
    }

    public String downloadName() {
        String base = fileName.replaceFirst("\\.[^.]*$", "");
        return base + "-converted" + outputFormat.extension();
    }
}
