package vn.haicap.document;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The metadata of a file to store.
 *
 * @param fileName the name the user gave (checked: no paths, controls or direction overrides)
 * @param owner the username (or organisation code) whose document it is; it appears in their wallet
 * @param createdBy who uploads it (the owner, or an officer on their behalf)
 * @param title a human title; the file name when null
 * @param issuer who issued the paper (e.g. "Công an TP Hà Nội"), if known
 * @param language an ISO 639-1 code, e.g. {@code vi}
 * @param dossierCode the dossier it was submitted with or issued for
 * @param provinceCode the province whose officers may see it (permission filter)
 * @param communeCode the commune whose officers may see it
 * @param validUntil the last day it is valid (e.g. an ID card's expiry); null for no expiry
 */
public record NewDocument(
        String fileName,
        DocumentKind kind,
        String owner,
        String createdBy,
        @Nullable String title,
        @Nullable String issuer,
        @Nullable String language,
        @Nullable String dossierCode,
        @Nullable String provinceCode,
        @Nullable String communeCode,
        @Nullable LocalDate validUntil) {

    /** A paper of {@code owner}, uploaded by themselves, with no other metadata. */
    public static NewDocument paper(String fileName, String owner) {
        return new NewDocument(fileName, DocumentKind.PAPER, owner, owner, null, null, null, null, null, null, null);
    }
}
