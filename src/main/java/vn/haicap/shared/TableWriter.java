package vn.haicap.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table row by row as CSV (UTF-8 with a byte-order mark, so that Excel reads the diacritics) or as
 * streamed XLSX (one sheet, 100 rows in memory). Closing it finishes the file but leaves the stream open.
 */
public abstract class TableWriter implements AutoCloseable {

    public abstract void row(List<String> values) throws IOException;

    @Override
    public abstract void close() throws IOException;

    /**
     * @param sheet the XLSX sheet's name
     * @param lastColumnNumeric whether an integer in the last column is written as a number in XLSX (a count),
     *     rather than as text (identity numbers keep their leading zeros)
     */
    public static TableWriter open(TableFormat format, OutputStream out, String sheet, boolean lastColumnNumeric)
            throws IOException {
        return format == TableFormat.CSV ? csv(out) : xlsx(out, sheet, lastColumnNumeric);
    }

    private static TableWriter csv(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        return new TableWriter() {
            @Override
            public void row(List<String> values) throws IOException {
                printer.printRecord(values);
            }

            @Override
            public void close() throws IOException {
                printer.flush();
            }
        };
    }

    private static TableWriter xlsx(OutputStream out, String sheetName, boolean lastColumnNumeric) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        SXSSFSheet sheet = workbook.createSheet(sheetName);
        return new TableWriter() {
            private int next;

            @Override
            public void row(List<String> values) {
                Row row = sheet.createRow(next++);
                for (int i = 0; i < values.size(); i++) {
                    String value = values.get(i);
                    if (lastColumnNumeric && i == values.size() - 1 && value.matches("-?[0-9]+")) {
                        row.createCell(i).setCellValue(Double.parseDouble(value));
                    } else {
                        row.createCell(i).setCellValue(value);
                    }
                }
            }

            @Override
            public void close() throws IOException {
                workbook.write(out);
                workbook.close();
            }
        };
    }
}
