package vn.haicap.document;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An issued document in the register, with its retention: permanent, or fixed years with a review year. */
public record RegisterEntry(
        UUID id,
        UUID documentId,
        String resultCode,
        String numberSymbol,
        String documentType,
        String summary,
        String signer,
        LocalDate issuedOn,
        String retentionClass,
        @Nullable Integer retentionYears,
        @Nullable Integer dueYear,
        @Nullable String provinceCode,
        @Nullable String communeCode) {}
