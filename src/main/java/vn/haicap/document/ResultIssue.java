package vn.haicap.document;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A result document issued by an office, to store, register and put in its owner's wallet.
 *
 * @param fileName the PDF's name
 * @param owner the username (or organisation code) the result is issued to
 * @param issuedBy who registers it (an officer's username, or a module's system actor)
 * @param issuer the issuing body's abbreviation in the symbol, e.g. {@code UBND}
 * @param documentType the type's abbreviation (Decree 30/2020 Appendix III), e.g. {@code QĐ}, {@code GP};
 *     blank for an official letter (công văn)
 * @param draftingUnit the drafting unit's abbreviation, for official letters ({@code 12/UBND-VP})
 * @param summary the summary (trích yếu)
 * @param signer the signer's position and name, with the signing mode (e.g. {@code KT. CHỦ TỊCH ...})
 * @param issuedOn the date of issue
 * @param retentionYears the retention period in years (2–70), or null for permanent retention
 * @param dossierCode the dossier it answers, if any
 * @param provinceCode the issuing body's province
 * @param communeCode the issuing body's commune, if a commune issues it
 * @param validUntil the last day the result is valid (e.g. a licence's expiry), or null
 */
public record ResultIssue(
        String fileName,
        String owner,
        String issuedBy,
        String issuer,
        String documentType,
        @Nullable String draftingUnit,
        String summary,
        String signer,
        LocalDate issuedOn,
        @Nullable Integer retentionYears,
        @Nullable String dossierCode,
        @Nullable String provinceCode,
        @Nullable String communeCode,
        @Nullable LocalDate validUntil) {}
