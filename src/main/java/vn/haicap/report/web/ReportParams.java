package vn.haicap.report.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import vn.haicap.shared.HaicapException;

/** Request parameters as typed: dates are strings parsed here with a clear error. */
final class ReportParams {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private ReportParams() {}

    static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    /** A date {@code YYYY-MM-DD}; blank: today. */
    static LocalDate date(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return today();
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw HaicapException.invalid("report.date-invalid", text);
        }
    }

    static java.time.@Nullable LocalDate optionalDate(@Nullable String text) {
        return text == null || text.isBlank() ? null : date(text);
    }

    /** A month {@code YYYY-MM}. */
    static YearMonth month(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw HaicapException.invalid("report.month-invalid", text);
        }
    }

    /** A period; blank: the current month. */
    static String period(@Nullable String text) {
        return text == null || text.isBlank() ? YearMonth.now(VIETNAM).toString() : text.strip();
    }
}
