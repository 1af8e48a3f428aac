package vn.haicap.dossier.store;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A document's record without its bytes. */
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
        @Nullable String paperName) {}
