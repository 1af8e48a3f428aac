package vn.haicap.procedure;

import java.util.Locale;
import vn.haicap.shared.HaicapException;

/** The level of government whose authority decides a procedure (the two tiers since 1 July 2025). */
public enum CompetentLevel {
    PROVINCE,
    COMMUNE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CompetentLevel parse(String value) {
        for (CompetentLevel level : values()) {
            if (level.key().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return level;
            }
        }
        throw HaicapException.invalid("procedure.level-invalid", value);
    }
}
