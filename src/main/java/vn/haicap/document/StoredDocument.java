package vn.haicap.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One stored version of a document: its content's hash and type, and its metadata. */
public record StoredDocument(
        UUID id,
        String sha256,
        String mediaType,
        long size,
        String fileName,
        String owner,
        DocumentKind kind,
        String title,
        @Nullable String issuer,
        @Nullable String language,
        @Nullable Integer pageCount,
        @Nullable String dossierCode,
        @Nullable String provinceCode,
        @Nullable String communeCode,
        @Nullable LocalDate validUntil,
        @Nullable UUID previousId,
        int version,
        OffsetDateTime createdAt,
        String createdBy) {}
