package vn.haicap.document.inspection;

import org.jspecify.annotations.Nullable;

/** An upload that passed every check: its sanitised name, its type from the content, pages and text. */
public record InspectedFile(
        String name, FileType type, @Nullable Integer pageCount, String text) {

    public String mediaType() {
        return type.mediaType();
    }
}
