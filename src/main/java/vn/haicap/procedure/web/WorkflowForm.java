package vn.haicap.procedure.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.haicap.procedure.WorkflowStep;
import vn.haicap.procedure.WorkflowStepDraft;

/** The workflow edit form: one row per step, bound from {@code rows[i].kind} and so on. */
public class WorkflowForm {

    private List<Row> rows = new ArrayList<>();
    private @Nullable String note;

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }

    public @Nullable String getNote() {
        return note;
    }

    public void setNote(@Nullable String note) {
        this.note = note;
    }

    static WorkflowForm of(List<WorkflowStep> steps) {
        WorkflowForm form = new WorkflowForm();
        steps.forEach(step -> form.rows.add(Row.of(step)));
        return form;
    }

    List<WorkflowStepDraft> drafts() {
        return rows.stream().map(Row::draft).toList();
    }

    /** Applies a row action ({@code add}, {@code remove:2}, {@code up:2}, {@code down:2}); false for {@code save}. */
    boolean apply(String action) {
        String[] parts = action.split(":");
        int i = parts.length > 1 && parts[1].matches("\\d{1,3}") ? Integer.parseInt(parts[1]) : -1;
        switch (parts[0]) {
            case "add" -> rows.add(Math.max(rows.size() - 1, 0), new Row());
            case "remove" -> {
                if (i >= 0 && i < rows.size()) {
                    rows.remove(i);
                }
            }
            case "up" -> {
                if (i > 0 && i < rows.size()) {
                    rows.add(i - 1, rows.remove(i));
                }
            }
            case "down" -> {
                if (i >= 0 && i < rows.size() - 1) {
                    rows.add(i + 1, rows.remove(i));
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    public static class Row {

        private @Nullable String kind = "process";
        private @Nullable String role = "specialist";
        private @Nullable String agency = "commune";
        private @Nullable String agencyName;
        private @Nullable BigDecimal share;
        private String unit = "percent";

        static Row of(WorkflowStep step) {
            Row row = new Row();
            row.kind = step.kind().key();
            row.role = step.role().key();
            row.agency = step.agency().key();
            row.agencyName = step.agencyName();
            row.share = step.share().percent() != null
                    ? step.share().percent()
                    : step.share().hours();
            row.unit = step.share().percent() != null ? "percent" : "hours";
            return row;
        }

        WorkflowStepDraft draft() {
            boolean hours = "hours".equals(unit);
            return new WorkflowStepDraft(kind, role, agency, agencyName, hours ? null : share, hours ? share : null);
        }

        public @Nullable String getKind() {
            return kind;
        }

        public void setKind(@Nullable String kind) {
            this.kind = kind;
        }

        public @Nullable String getRole() {
            return role;
        }

        public void setRole(@Nullable String role) {
            this.role = role;
        }

        public @Nullable String getAgency() {
            return agency;
        }

        public void setAgency(@Nullable String agency) {
            this.agency = agency;
        }

        public @Nullable String getAgencyName() {
            return agencyName;
        }

        public void setAgencyName(@Nullable String agencyName) {
            this.agencyName = agencyName;
        }

        public @Nullable BigDecimal getShare() {
            return share;
        }

        public void setShare(@Nullable BigDecimal share) {
            this.share = share;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }
    }
}
