package vn.haicap.dossier;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A submission.
 *
 * @param applicantUsername for an officer registering a counter or postal dossier: the applicant's
 *     account, if any (ignored for citizens and businesses, who submit for themselves)
 * @param residenceCommune where the applicant lives; required when the procedure is tied to the
 *     administrative boundary (then it must be the receiving commune)
 * @param reuseDocuments ids of documents of the applicant's earlier dossiers to attach again (once-only)
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
        List<Long> reuseDocuments) {

    /** A paper as uploaded. */
    public record Upload(String name, String mediaType, byte[] content) {}
}
