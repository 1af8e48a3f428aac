package vn.haicap.workforce.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import vn.haicap.shared.HaicapException;
import vn.haicap.workforce.NewAssignment;
import vn.haicap.workforce.NewOutcome;
import vn.haicap.workforce.OutcomeKind;
import vn.haicap.workforce.PersonData;
import vn.haicap.workforce.PersonnelCategory;
import vn.haicap.workforce.PolicyRegime;
import vn.haicap.workforce.Rank;
import vn.haicap.workforce.Sex;

/** Turns a row of the template into what the facade records; throws the first problem found. */
final class ImportRows {

    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("d/M/uuuu");

    private ImportRows() {}

    static PersonData person(RowSource.SourceRow row) {
        return new PersonData(
                required(row, "identity_number"),
                required(row, "full_name"),
                Sex.parse("sex", required(row, "sex")),
                date(row, "birth_date", true),
                row.get("ethnicity"),
                row.get("education"),
                PersonnelCategory.parse("category", required(row, "category")),
                row.get("rank").isEmpty() ? null : Rank.parse("rank", row.get("rank")),
                decimal(row, "salary_coefficient"));
    }

    static @Nullable NewAssignment assignment(RowSource.SourceRow row) {
        LocalDate from = date(row, "assignment_from", false);
        if (from == null) {
            return null;
        }
        return new NewAssignment(
                required(row, "agency_code"),
                row.get("position_code"),
                from,
                date(row, "assignment_to", false),
                null,
                row.get("decision_number"));
    }

    static @Nullable NewOutcome outcome(RowSource.SourceRow row) {
        if (row.get("outcome").isEmpty()) {
            return null;
        }
        LocalDate date = date(row, "outcome_date", true);
        return new NewOutcome(
                OutcomeKind.parse("outcome", row.get("outcome")),
                date,
                required(row, "agency_code"),
                row.get("to_agency_code"),
                row.get("policy").isEmpty() ? null : PolicyRegime.parse("policy", row.get("policy")),
                decimal(row, "amount_paid"),
                row.get("decision_number"));
    }

    static String required(RowSource.SourceRow row, String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            throw HaicapException.invalid("workforce.field-missing", column);
        }
        return value;
    }

    @SuppressWarnings("NullAway") // required dates are never null
    private static LocalDate date(RowSource.SourceRow row, String column, boolean required) {
        String value = required ? required(row, column) : row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return value.contains("/") ? LocalDate.parse(value, VIETNAMESE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw HaicapException.invalid("workforce.value-invalid", column, value);
        }
    }

    private static @Nullable BigDecimal decimal(RowSource.SourceRow row, String column) {
        String value = row.get(column).replace(" ", "");
        if (value.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw HaicapException.invalid("workforce.value-invalid", column, value);
        }
    }
}
