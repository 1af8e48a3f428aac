package vn.haicap.dossier;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A submission.
 *
 * @param applicantUsername for an officer registering a counter or postal dossier: the applicant's
 *     account, if any (ignored for citizens and businesses, who submit for themselves); their earlier
 *     documents may then be re-used
 * @param residenceCommune where the applicant lives; required when the procedure is tied to the
 *     administrative boundary (then it must be the receiving commune), otherwise it must be in the
 *     receiving commune's province when given
 * @param documents the uploaded papers, each naming the required paper it satisfies
 * @param reuseDocuments documents of the applicant's earlier dossiers to attach again (once-only)
 * @param presentedPapers for a counter officer: the papers whose original the applicant showed
 * @param postmarkedOn for a postal dossier: the postmark (or arrival) date on the envelope
 */
public record SubmitCommand(
        String procedureCode,
        String channel,
        String receivingCommune,
        @Nullable String residenceCommune,
        @Nullable String applicantUsername,
        String applicantName,
        @Nullable String applicantIdNumber,
        @Nullable String applicantAddress,
        @Nullable String applicantEmail,
        @Nullable String applicantPhone,
        List<Upload> documents,
        List<Reuse> reuseDocuments,
        List<Integer> presentedPapers,
        @Nullable LocalDate postmarkedOn) {

    /**
     * A paper as uploaded.
     *
     * @param mediaType the type the client declared (checked against the content), or null
     * @param paper the 1-based position of the required paper in the procedure version's list; null for
     *     a document that satisfies no particular paper
     */
    public record Upload(
            String name,
            @Nullable String mediaType,
            byte[] content,
            @Nullable Integer paper) {}

    /**
     * A document of the applicant's, attached again without upload: a wallet entry (the document store's
     * UUID, {@code GET /api/v1/my/wallet}) or, as before, a document of an earlier dossier (its number,
     * {@code GET /api/v1/my/documents}).
     *
     * @param paper the required paper it satisfies in this dossier, as for {@link Upload#paper()}
     */
    public record Reuse(String id, @Nullable Integer paper) {}

    /**
     * A digest of everything the request asks for (documents by their SHA-256), to tell a replay with
     * the same Idempotency-Key from a different request that reuses the key.
     */
    public String fingerprint() {
        StringBuilder text = new StringBuilder();
        for (Object value : List.of(
                procedureCode,
                channel,
                receivingCommune,
                String.valueOf(residenceCommune),
                String.valueOf(applicantUsername),
                applicantName,
                String.valueOf(applicantIdNumber),
                String.valueOf(applicantAddress),
                String.valueOf(applicantEmail),
                String.valueOf(applicantPhone),
                String.valueOf(presentedPapers),
                String.valueOf(postmarkedOn))) {
            text.append(value).append('\u0000');
        }
        for (Upload upload : documents) {
            text.append("upload\u0000")
                    .append(upload.name())
                    .append('\u0000')
                    .append(upload.mediaType())
                    .append('\u0000')
                    .append(upload.paper())
                    .append('\u0000')
                    .append(DocumentIntake.sha256(upload.content()))
                    .append('\u0000');
        }
        for (Reuse reuse : reuseDocuments) {
            text.append("reuse\u0000")
                    .append(reuse.id())
                    .append('\u0000')
                    .append(reuse.paper())
                    .append('\u0000');
        }
        return DocumentIntake.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
