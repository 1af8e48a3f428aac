package vn.haicap.workforce.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.haicap.account.CurrentUser;
import vn.haicap.shared.TableFormat;
import vn.haicap.workforce.Assignment;
import vn.haicap.workforce.Outcome;
import vn.haicap.workforce.Person;
import vn.haicap.workforce.WorkforceManagement;
import vn.haicap.workforce.store.WorkforceStore;

/** The empty template and the export of a unit, in CSV (UTF-8 with a BOM for spreadsheets) or XLSX. */
@Component
public class TemplateFiles {

    private final WorkforceManagement workforce;

    TemplateFiles(WorkforceManagement workforce) {
        this.workforce = workforce;
    }

    public void template(TableFormat format, OutputStream out) throws IOException {
        try (Sink sink = sink(format, out)) {
            sink.row(Columns.ALL);
        }
    }

    /** Every assignment in the unit's agencies as a template row, with the outcome in that agency. */
    public void export(CurrentUser user, String unit, TableFormat format, OutputStream out) throws IOException {
        try (Sink sink = sink(format, out)) {
            sink.row(Columns.ALL);
            workforce.export(user, unit, row -> {
                try {
                    sink.row(values(row));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    static List<String> values(WorkforceStore.ExportRow row) {
        Person p = row.person();
        Assignment a = row.assignment();
        Outcome o = row.outcome();
        List<String> values = new ArrayList<>();
        values.add(p.identityNumber());
        values.add(p.fullName());
        values.add(p.sex().key());
        values.add(p.birthDate().toString());
        values.add(text(p.ethnicity()));
        values.add(text(p.education()));
        values.add(p.category().key());
        values.add(p.rank() == null ? "" : p.rank().key());
        values.add(p.salaryCoefficient() == null ? "" : p.salaryCoefficient().toPlainString());
        values.add(row.agency());
        values.add(a == null ? "" : text(a.positionCode()));
        values.add(a == null ? "" : a.from().toString());
        values.add(a == null || a.to() == null ? "" : a.to().toString());
        values.add(a == null ? "" : text(a.decisionNumber()));
        values.add(o == null ? "" : o.kind().key());
        values.add(o == null ? "" : o.effectiveDate().toString());
        values.add(o == null ? "" : text(o.toAgencyCode()));
        values.add(o == null || o.policy() == null ? "" : o.policy().key());
        values.add(o == null || o.amountPaid() == null ? "" : o.amountPaid().toPlainString());
        return values;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private interface Sink extends AutoCloseable {
        void row(List<String> values) throws IOException;

        @Override
        void close() throws IOException;
    }

    private static Sink sink(TableFormat format, OutputStream out) throws IOException {
        if (format == TableFormat.CSV) {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
            return new Sink() {
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
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        SXSSFSheet sheet = workbook.createSheet("workforce");
        int[] next = {0};
        return new Sink() {
            @Override
            public void row(List<String> values) {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < values.size(); i++) {
                    row.createCell(i).setCellValue(values.get(i));
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
