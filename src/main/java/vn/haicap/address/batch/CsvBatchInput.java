package vn.haicap.address.batch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.haicap.shared.CountingInputStream;
import vn.haicap.shared.HaicapException;

/**
 * A CSV being read: encoding detected from the bytes, delimiter ({@code ,} {@code ;} or tab) from the
 * header line, address column from the header. Rows that are malformed (bad quoting, wrong number of
 * columns, binary content, a field over 10 KB) come back flagged, with their line number.
 */
final class CsvBatchInput implements BatchInput {

    static final String EMPTY_FILE = "address.batch-empty";

    /** The longest field accepted, in characters. */
    static final int MAX_FIELD_CHARS = 10 * 1024;

    /** Longer physical lines are cut, so that junk without line breaks cannot exhaust memory. */
    static final int MAX_LINE_CHARS = 1024 * 1024;

    private static final char[] DELIMITERS = {',', ';', '\t'};

    private final CountingInputStream counter;
    private final Reader reader;
    private final TextEncoding encoding;
    private final CsvRecordReader records;
    private final List<String> header;
    private final int addressColumn;
    private final long totalBytes;

    private CsvBatchInput(
            CountingInputStream counter,
            Reader reader,
            TextEncoding encoding,
            CsvRecordReader records,
            List<String> header,
            long totalBytes) {
        this.counter = counter;
        this.reader = reader;
        this.encoding = encoding;
        this.records = records;
        this.header = header;
        this.addressColumn = AddressColumn.find(header);
        this.totalBytes = totalBytes;
    }

    /**
     * Reads the header. Throws {@code address.batch-empty} or {@code address.batch-no-address-column};
     * the stream is closed with this input.
     */
    static CsvBatchInput open(InputStream in, long totalBytes) throws IOException {
        CountingInputStream counter = new CountingInputStream(in);
        BufferedInputStream buffered = new BufferedInputStream(counter, 64 * 1024);
        TextEncoding encoding = TextEncoding.detect(buffered);
        Reader reader = encoding.reader(buffered);
        try {
            PhysicalLines lines = new PhysicalLines(reader, MAX_LINE_CHARS);
            PhysicalLines.Line first;
            do {
                first = lines.next();
                if (first == null) {
                    throw HaicapException.invalid(EMPTY_FILE);
                }
            } while (first.text().isBlank());
            char delimiter = sniffDelimiter(first.text());
            lines.pushBack(List.of(first));
            CsvRecordReader records = new CsvRecordReader(lines, delimiter, MAX_FIELD_CHARS);
            CsvRecordReader.RawRecord headerRecord = records.next();
            List<String> header = headerRecord == null
                    ? List.of()
                    : headerRecord.fields().stream().map(String::strip).toList();
            return new CsvBatchInput(counter, reader, encoding, records, header, totalBytes);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** The delimiter seen most often outside quotes in the header line; {@code ,} on a tie. */
    static char sniffDelimiter(String headerLine) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS[best];
    }

    @Override
    public @Nullable BatchRow next() throws IOException {
        CsvRecordReader.RawRecord record = records.next();
        if (record == null) {
            return null;
        }
        List<String> fields = record.fields();
        if (record.problem() != null) {
            return BatchRow.malformed(record.line(), fit(fields), record.problem(), record.detail());
        }
        if (containsBinary(fields)) {
            return BatchRow.malformed(record.line(), fit(fields), RowProblem.BINARY_CONTENT, "");
        }
        if (fields.size() != header.size() && !onlyBlankExtras(fields)) {
            String detail = "expected " + header.size() + ", found " + fields.size();
            return BatchRow.malformed(record.line(), fit(fields), RowProblem.COLUMN_COUNT, detail);
        }
        return BatchRow.ok(record.line(), fields.size() == header.size() ? fields : fields.subList(0, header.size()));
    }

    private boolean onlyBlankExtras(List<String> fields) {
        if (fields.size() < header.size()) {
            return false;
        }
        for (int i = header.size(); i < fields.size(); i++) {
            if (!fields.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsBinary(List<String> fields) {
        for (String field : fields) {
            for (int i = 0; i < field.length(); i++) {
                char c = field.charAt(i);
                if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFD' || c == 0x7F) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A broken row's values, as many as the header has and without control characters, for the output. */
    private List<String> fit(List<String> fields) {
        List<String> values = new ArrayList<>(header.size());
        for (int i = 0; i < header.size(); i++) {
            values.add(i < fields.size() ? printable(fields.get(i)) : "");
        }
        return values;
    }

    private static String printable(String value) {
        StringBuilder out = new StringBuilder(Math.min(value.length(), 1000));
        for (int i = 0; i < value.length() && out.length() < 1000; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != 0x7F && c != '\uFFFD') {
                out.append(c);
            } else if (c == '\t' || c == '\n' || c == '\r') {
                out.append(' ');
            }
        }
        return out.toString();
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public int addressColumn() {
        return addressColumn;
    }

    @Override
    public String encoding() {
        return encoding.label();
    }

    @Override
    public long bytesRead() {
        return counter.count();
    }

    @Override
    public long totalBytes() {
        return totalBytes;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
