package vn.haicap.adminunit;

import java.util.Locale;
import vn.haicap.shared.HaicapException;

/** The tiers of the register. The district tier ended on 1 July 2025 and is history only. */
public enum UnitLevel {
    PROVINCE(2),
    DISTRICT(3),
    COMMUNE(5);

    private final int codeLength;

    UnitLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    /** The lowercase name used in the API and the database: {@code province}, {@code district}, {@code commune}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public int codeLength() {
        return codeLength;
    }

    /** Parses {@code province}, {@code district} or {@code commune}, in any case. */
    public static UnitLevel parse(String key) {
        for (UnitLevel level : values()) {
            if (level.key().equalsIgnoreCase(key.strip())) {
                return level;
            }
        }
        throw HaicapException.invalid("adminunit.level-invalid", key);
    }

    /** The level a well-formed code belongs to: 2 digits province, 3 district, 5 commune. */
    public static UnitLevel ofCode(String code) {
        requireValidCode(code);
        return switch (code.length()) {
            case 2 -> PROVINCE;
            case 3 -> DISTRICT;
            default -> COMMUNE;
        };
    }

    /** Throws {@code adminunit.code-invalid} unless the code is 2, 3 or 5 digits. */
    public static String requireValidCode(String code) {
        if (!code.matches("[0-9]{2}|[0-9]{3}|[0-9]{5}")) {
            throw HaicapException.invalid("adminunit.code-invalid", code);
        }
        return code;
    }
}
