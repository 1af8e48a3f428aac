package vn.haicap.workforce;

/** Sex as recorded for sex-disaggregated statistics. Written in files and the API as the lowercase key ({@link #key()}). */
public enum Sex implements KeyedValue {
    MALE,
    FEMALE;

    @Override
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses a key in any case; throws {@code workforce.value-invalid} naming the field otherwise. */
    public static Sex parse(String field, String key) {
        return KeyedValue.parse(values(), field, key);
    }
}
