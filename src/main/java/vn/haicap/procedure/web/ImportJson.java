package vn.haicap.procedure.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.haicap.procedure.ImportReport;

/** The import report as the API and the import page show it, with each problem in the reader's language. */
final class ImportJson {

    private ImportJson() {}

    record Report(
            int received,
            int created,
            int updated,
            int unchanged,
            int rejected,
            List<Item> items,
            List<Problem> problems) {

        static Report of(ImportReport report, ProblemMessages messages) {
            return new Report(
                    report.received(),
                    report.created(),
                    report.updated(),
                    report.unchanged(),
                    report.rejected(),
                    report.items().stream()
                            .map(i -> new Item(i.index(), i.code(), i.outcome().key(), i.version()))
                            .toList(),
                    report.problems().stream()
                            .map(p -> new Problem(
                                    p.index(),
                                    p.code(),
                                    p.problem(),
                                    messages.text(p.problem(), p.arguments()),
                                    p.rejected()))
                            .toList());
        }
    }

    record Item(
            int index,
            @Nullable String code,
            String outcome,
            @Nullable Integer version) {}

    record Problem(int index, @Nullable String code, String problem, String detail, boolean rejected) {}
}
