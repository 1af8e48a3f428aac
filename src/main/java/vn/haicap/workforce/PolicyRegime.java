package vn.haicap.workforce;

/** The decree whose benefits an early retirement or resignation was paid under. Written in files and the API as the lowercase key ({@link #key()}). */
public enum PolicyRegime implements KeyedValue {
    DECREE_178_2024,
    DECREE_154_2025,
    DECREE_177_2024;

    @Override
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses a key in any case; throws {@code workforce.value-invalid} naming the field otherwise. */
    public static PolicyRegime parse(String field, String key) {
        return KeyedValue.parse(values(), field, key);
    }
}
