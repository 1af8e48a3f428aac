package vn.haicap.procedure.parsing;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.haicap.procedure.ImportReport;
import vn.haicap.procedure.store.ProcedureDraft;

/**
 * One item of an export as read: a draft to record (possibly with warnings), or no draft when the item
 * was rejected.
 */
public record ParsedItem(
        int index, @Nullable String code, @Nullable ProcedureDraft draft, List<ImportReport.Problem> problems) {}
