package vn.haicap.workforce;

/** What the 2025 reorganisation meant for a person. Written in files and the API as the lowercase key ({@link #key()}). */
public enum OutcomeKind implements KeyedValue {
    KEPT,
    TRANSFERRED,
    EARLY_RETIREMENT,
    RESIGNATION,
    RETIRED,
    OTHER;

    /** Whether the person left the public sector (counted in departure statistics). */
    public boolean isDeparture() {
        return this == EARLY_RETIREMENT || this == RESIGNATION || this == RETIRED || this == OTHER;
    }

    /** Whether the benefit regime (decree) must be named: early retirement and resignation. */
    public boolean needsPolicy() {
        return this == EARLY_RETIREMENT || this == RESIGNATION;
    }

    @Override
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses a key in any case; throws {@code workforce.value-invalid} naming the field otherwise. */
    public static OutcomeKind parse(String field, String key) {
        return KeyedValue.parse(values(), field, key);
    }
}
