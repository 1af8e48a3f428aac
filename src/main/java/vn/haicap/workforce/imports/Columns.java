package vn.haicap.workforce.imports;

import java.util.List;

/** The columns of the import template, in order; the export writes the same ones. */
public final class Columns {

    private Columns() {}

    public static final List<String> ALL = List.of(
            "identity_number",
            "full_name",
            "sex",
            "birth_date",
            "ethnicity",
            "education",
            "category",
            "rank",
            "salary_coefficient",
            "agency_code",
            "position_code",
            "assignment_from",
            "assignment_to",
            "decision_number",
            "outcome",
            "outcome_date",
            "to_agency_code",
            "policy",
            "amount_paid");

    public static final List<String> REQUIRED =
            List.of("identity_number", "full_name", "sex", "birth_date", "category", "agency_code");
}
