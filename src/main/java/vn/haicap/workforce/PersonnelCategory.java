package vn.haicap.workforce;

/** Who a person is in the civil service (civil-service.md §2). Written in files and the API as the lowercase key ({@link #key()}). */
public enum PersonnelCategory implements KeyedValue {
    CADRE,
    CIVIL_SERVANT,
    PUBLIC_EMPLOYEE,
    COMMUNE_PART_TIMER,
    CONTRACT_WORKER;

    @Override
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses a key in any case; throws {@code workforce.value-invalid} naming the field otherwise. */
    public static PersonnelCategory parse(String field, String key) {
        return KeyedValue.parse(values(), field, key);
    }
}
