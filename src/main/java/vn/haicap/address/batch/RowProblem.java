package vn.haicap.address.batch;

import java.util.Locale;

/** Why a row of a batch was written with status {@code error}. The key names a message {@code address.batch-row.<key>}. */
public enum RowProblem {
    UNCLOSED_QUOTE("unclosed quote"),
    TEXT_AFTER_QUOTE("text after a closing quote"),
    COLUMN_COUNT("wrong number of columns"),
    FIELD_TOO_LONG("field longer than 10 KB"),
    BINARY_CONTENT("binary or undecodable content"),
    EMPTY_ADDRESS("empty address"),
    ADDRESS_TOO_LONG("address longer than 10 KB"),
    CONVERSION_FAILED("conversion failed");

    private final String description;

    RowProblem(String description) {
        this.description = description;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The text of the {@code error} column: {@code line 17: unclosed quote}. */
    public String describe(long line, String detail) {
        return "line " + line + ": " + description + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
