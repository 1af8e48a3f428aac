package vn.haicap.procedure;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a step is done: the commune (its People's Committee or PASC), the province (its People's
 * Committee or PASC), a provincial department (sở), or another agency (police, tax, social insurance…).
 */
public enum AgencyLevel {
    COMMUNE,
    PROVINCE,
    DEPARTMENT,
    OTHER_AGENCY;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AgencyLevel> fromKey(String key) {
        for (AgencyLevel level : values()) {
            if (level.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
