package vn.haicap.workforce;

/** Civil-servant ranks (ngạch), highest first (Law 80/2025/QH15 Art. 24(1)). Written in files and the API as the lowercase key ({@link #key()}). */
public enum Rank implements KeyedValue {
    SENIOR_EXPERT,
    SENIOR_SPECIALIST,
    PRINCIPAL_SPECIALIST,
    SPECIALIST,
    OFFICER,
    STAFF;

    @Override
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses a key in any case; throws {@code workforce.value-invalid} naming the field otherwise. */
    public static Rank parse(String field, String key) {
        return KeyedValue.parse(values(), field, key);
    }
}
