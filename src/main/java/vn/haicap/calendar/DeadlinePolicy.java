package vn.haicap.calendar;

import java.util.Locale;
import java.util.Optional;

/**
 * How a time limit in working days becomes an appointment (calendar.md §5). Limits in hours always use
 * {@link #WORKING_TIME}.
 */
public enum DeadlinePolicy {
    /**
     * "Policy A", the default: receipt time plus N times the working day's length, walking only through the
     * working sessions of working days; the appointment keeps the time of day of the receipt.
     */
    WORKING_TIME("A"),
    /**
     * "Policy B", the Civil Code's day count (Arts. 144–148): the receipt day is not counted, and the limit
     * ends at the close of the N-th working day after it; a fractional N is rounded up to whole days.
     */
    CIVIL_CODE_DAYS("B");

    private final String code;

    DeadlinePolicy(String code) {
        this.code = code;
    }

    /** {@code A} or {@code B}, as in the API and the domain notes. */
    public String code() {
        return code;
    }

    /** By its code ({@code A}, {@code B}) or its name, case ignored; empty when neither. */
    public static Optional<DeadlinePolicy> fromCode(String value) {
        String text = value.strip().toUpperCase(Locale.ROOT);
        for (DeadlinePolicy policy : values()) {
            if (policy.code.equals(text) || policy.name().equals(text)) {
                return Optional.of(policy);
            }
        }
        return Optional.empty();
    }
}
