package vn.haicap.document;

import java.time.ZoneId;

/** The search item of a stored document. */
final class SearchItems {

    static final String KIND = "document";

    private SearchItems() {}

    static SearchItem of(StoredDocument document, String extractedText) {
        StringBuilder text = new StringBuilder();
        append(text, document.fileName());
        append(text, document.issuer());
        append(text, document.dossierCode());
        append(text, document.owner());
        append(text, document.kind().key());
        append(text, extractedText);
        return new SearchItem(
                KIND,
                document.id().toString(),
                document.title(),
                text.toString(),
                document.owner(),
                document.provinceCode(),
                document.communeCode(),
                document.createdAt()
                        .atZoneSameInstant(ZoneId.of("Asia/Ho_Chi_Minh"))
                        .toLocalDate());
    }

    private static void append(StringBuilder text, @org.jspecify.annotations.Nullable String value) {
        if (value != null && !value.isBlank()) {
            text.append(value).append('\n');
        }
    }
}
