package vn.haicap.address.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a workbook through SXSSF: only a window of rows stays in memory, the rest goes to compressed
 * temporary files until {@link #finish()}. A sheet holds at most 1,048,575 data rows; more continue on
 * a next sheet with the header repeated.
 */
final class XlsxBatchOutput implements BatchOutput {

    private static final int MAX_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private List<String> header = List.of();
    private SXSSFSheet sheet;
    private int nextRow;

    XlsxBatchOutput(OutputStream out) {
        this.out = out;
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet("addresses");
    }

    @Override
    public void header(List<String> columns) {
        header = List.copyOf(columns);
        write(header);
    }

    @Override
    public void row(List<String> values, List<String> result) {
        if (nextRow > MAX_DATA_ROWS) {
            sheet = workbook.createSheet("addresses " + (workbook.getNumberOfSheets() + 1));
            nextRow = 0;
            write(header);
        }
        List<String> cells = new ArrayList<>(values.size() + result.size());
        cells.addAll(values);
        cells.addAll(result);
        write(cells);
    }

    private void write(List<String> cells) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < cells.size(); i++) {
            String value = cells.get(i);
            if (!value.isEmpty()) {
                row.createCell(i).setCellValue(value);
            }
        }
    }

    @Override
    public void finish() throws IOException {
        try {
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
        }
    }

    @Override
    public void discard() {
        try {
            workbook.close();
        } catch (IOException e) {
            // only temporary files are left behind; nothing else depends on them
        }
    }
}
