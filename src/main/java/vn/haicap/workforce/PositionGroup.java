package vn.haicap.workforce;

/** The classes of job positions of Law 80/2025/QH15 Art. 23(3): leadership-management, professional, support-service. Written in files and the API as the lowercase key ({@link #key()}). */
public enum PositionGroup implements KeyedValue {
    LEADERSHIP,
    PROFESSIONAL,
    SUPPORT;

    @Override
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses a key in any case; throws {@code workforce.value-invalid} naming the field otherwise. */
    public static PositionGroup parse(String field, String key) {
        return KeyedValue.parse(values(), field, key);
    }
}
