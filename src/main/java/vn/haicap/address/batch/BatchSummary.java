package vn.haicap.address.batch;

import java.time.Duration;
import java.util.List;

/**
 * What a batch run did: how many rows it read and how each ended, the first rows in error (line
 * number and reason), the text encoding it detected and how long it took.
 *
 * @param encoding for a CSV, the encoding detected (e.g. {@code UTF-8}, {@code UTF-16LE (BOM)},
 *     {@code windows-1252 (not valid UTF-8)}); {@code xlsx} for a workbook
 */
public record BatchSummary(
        long rowsRead,
        long converted,
        long ambiguous,
        long alreadyNew,
        long notFound,
        long errors,
        List<RowError> firstErrors,
        String encoding,
        Duration duration) {

    /** How many rows in error a summary lists. */
    public static final int MAX_LISTED_ERRORS = 20;

    public BatchSummary {
        firstErrors = List.copyOf(firstErrors);
    }

    /** A row that could not be converted: its line (1 = header) and why. */
    public record RowError(long line, RowProblem problem, String message) {}

    public double rowsPerSecond() {
        double seconds = duration.toNanos() / 1e9;
        return seconds <= 0 ? rowsRead : rowsRead / seconds;
    }
}
