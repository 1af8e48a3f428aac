package vn.haicap.address.batch;

import java.util.Locale;
import java.util.Optional;

/** The file formats a batch reads and writes. */
public enum BatchFormat {
    CSV("text/csv", ".csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

    private final String mediaType;
    private final String extension;

    BatchFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** By the file name's extension ({@code .csv}, {@code .txt}, {@code .xlsx}), in any case. */
    public static Optional<BatchFormat> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return Optional.of(XLSX);
        }
        if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
            return Optional.of(CSV);
        }
        return Optional.empty();
    }
}
