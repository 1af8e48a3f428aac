package vn.haicap.document.inspection;

import java.util.Set;

/** The file types the store accepts at all, with their media type and the extensions they may carry. */
public enum FileType {
    PDF("application/pdf", Set.of("pdf")),
    JPEG("image/jpeg", Set.of("jpg", "jpeg")),
    PNG("image/png", Set.of("png")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx"));

    private final String mediaType;
    private final Set<String> extensions;

    FileType(String mediaType, Set<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    public Set<String> extensions() {
        return extensions;
    }

    /** The type of a media type this store accepted. */
    public static FileType of(String mediaType) {
        for (FileType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return type;
            }
        }
        throw new IllegalArgumentException("not a stored type: " + mediaType);
    }
}
