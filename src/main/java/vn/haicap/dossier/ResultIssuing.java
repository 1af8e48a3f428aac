package vn.haicap.dossier;

import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;
import vn.haicap.document.DocumentManagement;
import vn.haicap.document.IssuedResult;
import vn.haicap.document.RenderedPdf;
import vn.haicap.document.ResultIssue;
import vn.haicap.dossier.domain.DossierData;
import vn.haicap.dossier.slip.SlipRenderer;
import vn.haicap.dossier.store.DossierStore;

/**
 * Issues a dossier's result through the document store: the result (or the notice that the applicant is
 * not eligible) is rendered as PDF, numbered in the issuing People's Committee's series, entered in the
 * records register with a verification code, and put in the applicant's wallet so that it is never asked
 * for again. Runs inside the transition's transaction.
 */
@Component
class ResultIssuing {

    /** Results of administrative procedures are kept 10 years unless the sector says otherwise (records.md). */
    private static final int RETENTION_YEARS = 10;

    private final DocumentManagement documents;
    private final SlipRenderer slips;

    // lazy: the renderer reads payments, which read dossiers through DossierManagement, which issues results
    ResultIssuing(DocumentManagement documents, @org.springframework.context.annotation.Lazy SlipRenderer slips) {
        this.documents = documents;
        this.slips = slips;
    }

    /** The issued result's bytes, as stored. */
    byte[] content(java.util.UUID document) {
        try (java.io.InputStream in = documents.open(document)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Issues the result; the caller writes the answer with the dossier's new state. */
    DossierStore.IssuedResultRef issue(
            DossierData dossier, DossierDetails details, String officer, OffsetDateTime now) {
        boolean approved = details.timeline().stream().anyMatch(t -> "approve".equals(t.action()));
        // the code is printed on the result, with a QR code to its verification page; the number is given with
        // the register entry, since the series stays locked until the transaction commits
        String resultCode = documents.newResultCode();
        RenderedPdf pdf = slips.result(details, approved, resultCode, documents.verificationUrl(resultCode));
        String owner = dossier.applicant().username() != null
                ? dossier.applicant().username()
                : dossier.applicant().idNumber() != null ? dossier.applicant().idNumber() : dossier.code();
        IssuedResult issued = documents.issueResult(
                new ResultIssue(
                        dossier.code() + "-ket-qua.pdf",
                        owner,
                        officer,
                        "UBND",
                        approved ? "KQ" : "TB",
                        null,
                        (approved ? "Kết quả giải quyết thủ tục " : "Thông báo không đủ điều kiện giải quyết thủ tục ")
                                + dossier.procedureName() + ", hồ sơ " + dossier.code(),
                        "Người có thẩm quyền",
                        now.toLocalDate(),
                        RETENTION_YEARS,
                        dossier.code(),
                        dossier.receivingProvince(),
                        dossier.processingLevel().key().equals("commune") ? dossier.receivingCommune() : null,
                        null),
                resultCode,
                pdf);
        return new DossierStore.IssuedResultRef(issued.document().id(), issued.resultCode(), issued.numberSymbol());
    }
}
