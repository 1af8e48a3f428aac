package vn.haicap.address.batch;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One data row of the input: its line (the header is line 1 for a CSV; the sheet row for a
 * workbook) and its values, as many as the header has columns. {@code problem} is set when the row
 * could not be read properly; the values are then whatever could be recovered.
 */
record BatchRow(long line, List<String> values, @Nullable RowProblem problem, String detail) {

    static BatchRow ok(long line, List<String> values) {
        return new BatchRow(line, values, null, "");
    }

    static BatchRow malformed(long line, List<String> values, RowProblem problem, String detail) {
        return new BatchRow(line, values, problem, detail);
    }
}
