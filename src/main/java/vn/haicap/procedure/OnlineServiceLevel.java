package vn.haicap.procedure;

import java.util.Locale;

/** Decree 42/2022 Art. 11: full-process (toàn trình), partial (một phần), or no online service. */
public enum OnlineServiceLevel {
    FULL,
    PARTIAL,
    NONE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
