package vn.haicap.shared;

import java.util.Locale;
import java.util.Optional;

/** The two formats in which tables are uploaded and downloaded: CSV (UTF-8) and Excel's XLSX. */
public enum TableFormat {
    CSV("text/csv", ".csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

    private final String mediaType;
    private final String extension;

    TableFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** By the file name's extension, in any case; {@code alsoCsv} names further extensions read as CSV. */
    public static Optional<TableFormat> ofFileName(String fileName, String... alsoCsv) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(XLSX.extension)) {
            return Optional.of(XLSX);
        }
        if (lower.endsWith(CSV.extension)) {
            return Optional.of(CSV);
        }
        for (String extension : alsoCsv) {
            if (lower.endsWith(extension)) {
                return Optional.of(CSV);
            }
        }
        return Optional.empty();
    }

    /** By its name as in a query parameter: {@code csv} or {@code xlsx}. */
    public static Optional<TableFormat> ofKey(String key) {
        return ofFileName("." + key);
    }
}
