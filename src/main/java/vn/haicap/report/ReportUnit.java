package vn.haicap.report;

import org.jspecify.annotations.Nullable;

/**
 * The unit a report is about: the nation ({@code VN}), a province (2 digits) or a commune (5 digits), with
 * the province a commune lies in.
 */
public record ReportUnit(
        String code, String name, Level level, @Nullable String provinceCode) {

    public static final String NATION = "VN";

    public enum Level {
        NATION,
        PROVINCE,
        COMMUNE;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
