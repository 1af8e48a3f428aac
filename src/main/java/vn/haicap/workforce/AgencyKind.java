package vn.haicap.workforce;

/** The kinds of agency (cơ quan, đơn vị) of local government. Written in files and the API as the lowercase key ({@link #key()}). */
public enum AgencyKind implements KeyedValue {
    PEOPLES_COMMITTEE,
    PEOPLES_COUNCIL,
    PROVINCIAL_DEPARTMENT,
    COMMUNE_OFFICE,
    PUBLIC_SERVICE_UNIT;

    @Override
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses a key in any case; throws {@code workforce.value-invalid} naming the field otherwise. */
    public static AgencyKind parse(String field, String key) {
        return KeyedValue.parse(values(), field, key);
    }
}
