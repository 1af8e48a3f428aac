package vn.haicap.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A paper or result in its owner's wallet, still valid, with the hash that lets any office check it. A
 * result issued by Haicap carries its result code and its number and symbol.
 */
public record WalletEntry(
        UUID id,
        DocumentKind kind,
        String title,
        String fileName,
        String mediaType,
        String sha256,
        @Nullable String issuer,
        @Nullable LocalDate validUntil,
        @Nullable String dossierCode,
        @Nullable String resultCode,
        @Nullable String numberSymbol,
        OffsetDateTime createdAt) {}
