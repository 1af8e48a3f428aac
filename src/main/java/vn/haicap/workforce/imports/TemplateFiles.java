package vn.haicap.workforce.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.haicap.account.CurrentUser;
import vn.haicap.shared.TableFormat;
import vn.haicap.shared.TableWriter;
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
        try (TableWriter sink = TableWriter.open(format, out, "workforce", false)) {
            sink.row(Columns.ALL);
        }
    }

    /** Every assignment in the unit's agencies as a template row, with the outcome in that agency. */
    public void export(CurrentUser user, String unit, TableFormat format, OutputStream out) throws IOException {
        try (TableWriter sink = TableWriter.open(format, out, "workforce", false)) {
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
}
