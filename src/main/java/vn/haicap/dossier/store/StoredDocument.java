package vn.haicap.dossier.store;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A document of a dossier: a reference to the document store ({@code documentId}, where the bytes are)
 * with the paper it satisfies.
 */
public record StoredDocument(
        long id,
        String dossier,
        String name,
        String mediaType,
        long size,
        String sha256,
        @Nullable Long reusedFrom,
        String addedBy,
        OffsetDateTime addedAt,
        @Nullable String paperName,
        java.util.UUID documentId) {}
