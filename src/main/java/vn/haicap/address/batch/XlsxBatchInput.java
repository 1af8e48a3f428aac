package vn.haicap.address.batch;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.jspecify.annotations.Nullable;
import vn.haicap.shared.CountingInputStream;
import vn.haicap.shared.HaicapException;

/**
 * The first sheet of a workbook, read as a stream of rows (the file is spooled to a temporary file by
 * the streaming reader; rows are never all in memory). The first non-empty row is the header.
 */
final class XlsxBatchInput implements BatchInput {

    static final String UNREADABLE = "address.batch-unreadable-workbook";

    private final CountingInputStream counter;
    private final Workbook workbook;
    private final Iterator<Row> rows;
    private final List<String> header;
    private final int addressColumn;
    private final DataFormatter formatter = new DataFormatter();

    private XlsxBatchInput(CountingInputStream counter, Workbook workbook) {
        this.counter = counter;
        this.workbook = workbook;
        this.rows = workbook.getNumberOfSheets() == 0
                ? java.util.Collections.emptyIterator()
                : workbook.getSheetAt(0).iterator();
        Row headerRow = nextNonEmpty();
        if (headerRow == null) {
            throw HaicapException.invalid(CsvBatchInput.EMPTY_FILE);
        }
        this.header = values(headerRow, headerRow.getLastCellNum()).stream()
                .map(String::strip)
                .toList();
        this.addressColumn = AddressColumn.find(header);
    }

    /** Throws {@code address.batch-unreadable-workbook}, {@code address.batch-empty} or {@code address.batch-no-address-column}. */
    static XlsxBatchInput open(InputStream in) throws IOException {
        CountingInputStream counter = new CountingInputStream(in);
        Workbook workbook;
        try {
            workbook = StreamingReader.builder()
                    .rowCacheSize(200)
                    .bufferSize(64 * 1024)
                    .setReadComments(false)
                    .setReadHyperlinks(false)
                    .setReadShapes(false)
                    .setReadCoreProperties(false)
                    .setUseSstTempFile(true)
                    .open(counter);
        } catch (RuntimeException e) {
            in.close();
            throw HaicapException.invalid(UNREADABLE);
        }
        try {
            return new XlsxBatchInput(counter, workbook);
        } catch (RuntimeException e) {
            workbook.close();
            throw e;
        }
    }

    @Override
    public @Nullable BatchRow next() throws IOException {
        Row row;
        try {
            row = nextNonEmpty();
        } catch (RuntimeException e) {
            throw new IOException("the workbook could not be read further: " + e.getMessage(), e);
        }
        if (row == null) {
            return null;
        }
        List<String> values = values(row, header.size());
        long line = row.getRowNum() + 1L;
        for (String value : values) {
            if (value.length() > CsvBatchInput.MAX_FIELD_CHARS) {
                List<String> kept = values.stream()
                        .map(v -> v.length() > CsvBatchInput.MAX_FIELD_CHARS ? "" : v)
                        .toList();
                return BatchRow.malformed(line, kept, RowProblem.FIELD_TOO_LONG, "");
            }
        }
        return BatchRow.ok(line, values);
    }

    private @Nullable Row nextNonEmpty() {
        while (rows.hasNext()) {
            Row row = rows.next();
            if (row.getPhysicalNumberOfCells() > 0
                    && !values(row, row.getLastCellNum()).stream().allMatch(String::isBlank)) {
                return row;
            }
        }
        return null;
    }

    private List<String> values(Row row, int count) {
        List<String> values = new ArrayList<>(Math.max(count, 0));
        for (int i = 0; i < count; i++) {
            Cell cell = row.getCell(i);
            values.add(cell == null ? "" : text(cell));
        }
        return values;
    }

    private String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC, BOOLEAN -> formatter.formatCellValue(cell);
            default -> "";
        };
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
        return "xlsx";
    }

    @Override
    public long bytesRead() {
        return counter.count();
    }

    /** Unknown: the workbook is spooled whole before the first row, so bytes say nothing of progress. */
    @Override
    public long totalBytes() {
        return -1;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
