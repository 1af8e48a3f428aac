package vn.haicap.workforce.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import vn.haicap.shared.HaicapException;

/** Dates in request parameters, taken as text: ISO (2025-07-01) or Vietnamese (01/07/2025). */
final class Dates {

    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("d/M/uuuu");

    private Dates() {}

    static LocalDate today() {
        return LocalDate.now(WorkforcePages.VIETNAM);
    }

    /** The date, or {@code otherwise} when blank; {@code workforce.date-invalid} (400) naming the field. */
    static LocalDate parse(String field, @Nullable String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        String text = value.strip();
        try {
            return text.contains("/") ? LocalDate.parse(text, VIETNAMESE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw HaicapException.invalid("workforce.date-invalid", field, text);
        }
    }
}
