package vn.haicap.workforce.imports;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.jspecify.annotations.Nullable;
import vn.haicap.shared.CountingInputStream;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.TableFormat;

/**
 * The rows of an uploaded file, one at a time, each with its line number in the file (the header is
 * line 1 in a CSV file, its row number in a workbook); values by column name.
 */
abstract class RowSource implements Closeable {

    record SourceRow(long line, Map<String, String> values) {

        String get(String column) {
            return values.getOrDefault(column, "").strip();
        }
    }

    private final CountingInputStream counting;

    RowSource(CountingInputStream counting) {
        this.counting = counting;
    }

    abstract @Nullable SourceRow next() throws IOException;

    abstract List<String> header();

    long bytesRead() {
        return counting.count();
    }

    /** The last line number of the file when known in advance (a workbook's dimension), else -1. */
    long totalRows() {
        return -1;
    }

    static RowSource open(TableFormat format, InputStream in) throws IOException {
        CountingInputStream counting = new CountingInputStream(in);
        RowSource source = format == TableFormat.CSV ? new Csv(counting) : Xlsx.open(counting);
        List<String> missing = Columns.REQUIRED.stream()
                .filter(c -> !source.header().contains(c))
                .toList();
        if (!missing.isEmpty()) {
            source.close();
            throw HaicapException.invalid("workforce.import-columns-missing", String.join(", ", missing));
        }
        return source;
    }

    static List<String> normalise(List<String> header) {
        List<String> names = new ArrayList<>();
        for (String name : header) {
            names.add(name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static final class Csv extends RowSource {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final List<String> header;

        Csv(CountingInputStream in) throws IOException {
            super(in);
            this.parser = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true)
                    .setAllowMissingColumnNames(true)
                    .get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            this.header = normalise(parser.getHeaderNames());
            this.records = parser.iterator();
        }

        @Override
        @Nullable
        SourceRow next() {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < header.size() && i < record.size(); i++) {
                values.put(header.get(i), record.get(i));
            }
            return new SourceRow(record.getRecordNumber() + 1, values);
        }

        @Override
        List<String> header() {
            return header;
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }

    private static final class Xlsx extends RowSource {
        private final Workbook workbook;
        private final Iterator<Row> rows;
        private final List<String> header;
        private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
        private final long totalRows;

        private Xlsx(CountingInputStream in, Workbook workbook) {
            super(in);
            this.workbook = workbook;
            long last = -1;
            try {
                last = workbook.getNumberOfSheets() == 0
                        ? -1
                        : workbook.getSheetAt(0).getLastRowNum() + 1L;
            } catch (RuntimeException e) {
                // no dimension in the sheet: progress is unknown until the end
            }
            this.totalRows = last;
            this.rows = workbook.getNumberOfSheets() == 0
                    ? java.util.Collections.emptyIterator()
                    : workbook.getSheetAt(0).iterator();
            Row first = rows.hasNext() ? rows.next() : null;
            this.header = first == null ? List.of() : normalise(values(first, first.getLastCellNum()));
        }

        static Xlsx open(CountingInputStream in) throws IOException {
            Workbook workbook;
            try {
                workbook = StreamingReader.builder()
                        .rowCacheSize(200)
                        .bufferSize(64 * 1024)
                        .setReadComments(false)
                        .setReadHyperlinks(false)
                        .setReadShapes(false)
                        .setUseSstTempFile(true)
                        .open(in);
            } catch (RuntimeException e) {
                in.close();
                throw HaicapException.invalid("workforce.import-unreadable");
            }
            return new Xlsx(in, workbook);
        }

        @Override
        @Nullable
        SourceRow next() {
            while (rows.hasNext()) {
                Row row = rows.next();
                List<String> cells = values(row, header.size());
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), cells.get(i));
                }
                return new SourceRow(row.getRowNum() + 1L, values);
            }
            return null;
        }

        private List<String> values(Row row, int count) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Cell cell = row.getCell(i);
                values.add(cell == null ? "" : text(cell));
            }
            return values;
        }

        private String text(Cell cell) {
            CellType type =
                    cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            return switch (type) {
                case STRING -> cell.getStringCellValue();
                case NUMERIC, BOOLEAN -> formatter.formatCellValue(cell);
                default -> "";
            };
        }

        @Override
        List<String> header() {
            return header;
        }

        @Override
        long totalRows() {
            return totalRows;
        }

        @Override
        public void close() throws IOException {
            workbook.close();
        }
    }
}
