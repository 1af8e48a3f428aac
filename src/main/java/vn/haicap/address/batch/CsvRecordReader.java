package vn.haicap.address.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits CSV text (RFC 4180, with a chosen delimiter) into records that may span lines inside
 * quotes. A malformed record does not derail the rest: it is returned with its problem, and when
 * it spanned several lines (typically an unclosed quote) those later lines are read again as
 * records of their own. Blank lines are skipped.
 */
final class CsvRecordReader {

    /** Beyond this many lines a quoted field is taken for an unclosed quote. */
    static final int MAX_LINES_PER_RECORD = 200;

    record RawRecord(
            long line, List<String> fields, @Nullable RowProblem problem, String detail) {}

    private final PhysicalLines lines;
    private final char delimiter;
    private final int maxFieldChars;

    CsvRecordReader(PhysicalLines lines, char delimiter, int maxFieldChars) {
        this.lines = lines;
        this.delimiter = delimiter;
        this.maxFieldChars = maxFieldChars;
    }

    @Nullable
    RawRecord next() throws IOException {
        PhysicalLines.Line first;
        do {
            first = lines.next();
            if (first == null) {
                return null;
            }
        } while (first.text().isBlank() && !first.truncated());
        if (first.truncated()) {
            return new RawRecord(first.number(), split(first.text()), RowProblem.FIELD_TOO_LONG, "");
        }
        return parse(first);
    }

    private RawRecord parse(PhysicalLines.Line first) throws IOException {
        List<String> fields = new ArrayList<>();
        List<PhysicalLines.Line> continuation = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        String text = first.text();
        int i = 0;
        boolean quoted = false;
        boolean afterQuote = false;
        boolean fieldStart = true;
        while (true) {
            if (i == text.length()) {
                if (!quoted) {
                    fields.add(field.toString());
                    return new RawRecord(first.number(), fields, null, "");
                }
                PhysicalLines.Line next = lines.next();
                if (next == null || next.truncated() || continuation.size() >= MAX_LINES_PER_RECORD) {
                    if (next != null) {
                        continuation.add(next);
                    }
                    return malformed(first, fields, field, continuation, RowProblem.UNCLOSED_QUOTE);
                }
                continuation.add(next);
                field.append('\n');
                text = next.text();
                i = 0;
                continue;
            }
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < text.length() && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                afterQuote = false;
                continue;
            } else if (afterQuote) {
                if (c != ' ' && c != '\t') {
                    return malformed(first, fields, field, continuation, RowProblem.TEXT_AFTER_QUOTE);
                }
            } else if (c == '"' && fieldStart) {
                field.setLength(0);
                quoted = true;
            } else {
                field.append(c);
            }
            fieldStart = fieldStart && !quoted && (c == ' ' || c == '\t');
            if (field.length() > maxFieldChars) {
                RowProblem problem = continuation.isEmpty() ? RowProblem.FIELD_TOO_LONG : RowProblem.UNCLOSED_QUOTE;
                return malformed(first, fields, field, continuation, problem);
            }
        }
    }

    /**
     * A record that went wrong: what was read of its first line is kept, and the lines after the
     * first are given back to be read as records of their own.
     */
    private RawRecord malformed(
            PhysicalLines.Line first,
            List<String> fields,
            StringBuilder field,
            List<PhysicalLines.Line> continuation,
            RowProblem cause) {
        RowProblem problem = cause;
        lines.pushBack(continuation);
        if (!continuation.isEmpty()) {
            // a record running over several lines into an error almost always started with a stray quote
            problem = RowProblem.UNCLOSED_QUOTE;
        }
        List<String> recovered = continuation.isEmpty() ? fields : split(first.text());
        if (continuation.isEmpty()) {
            recovered.add(field.length() > maxFieldChars ? "" : field.toString());
        }
        return new RawRecord(first.number(), recovered, problem, "");
    }

    /** A rough split of a broken line, for showing what the row held. */
    private List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == delimiter) {
                String part = text.substring(start, i);
                parts.add(part.length() > maxFieldChars ? "" : part);
                start = i + 1;
            }
        }
        return parts;
    }
}
