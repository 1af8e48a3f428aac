package vn.haicap.document;

import java.util.Locale;
import vn.haicap.shared.HaicapException;

/**
 * What a document is: a paper submitted with a dossier (scans, office files), a result issued by an
 * office (PDF as signed), or an internal document. Each kind has its own allowed types and size limit.
 */
public enum DocumentKind {
    PAPER,
    RESULT,
    INTERNAL;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DocumentKind fromKey(String key) {
        for (DocumentKind kind : values()) {
            if (kind.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw HaicapException.invalid("document.kind-unknown", key);
    }
}
