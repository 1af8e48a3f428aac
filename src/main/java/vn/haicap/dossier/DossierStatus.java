package vn.haicap.dossier;

import java.util.Locale;

/** The states of one-stop-shop.md §7.1, plus PROCESSED (awaiting the competent leader) and CANCELLED. */
public enum DossierStatus {
    SUBMITTED,
    SUPPLEMENT_BEFORE_RECEIPT,
    REFUSED,
    RECEIVED,
    IN_PROCESS,
    SUPPLEMENT_IN_PROCESS,
    PROCESSED,
    RESOLVED_APPROVED,
    RESOLVED_NOT_ELIGIBLE,
    RESULT_AT_COUNTER,
    RETURNED,
    STOPPED,
    CANCELLED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean terminal() {
        return this == REFUSED || this == RETURNED || this == STOPPED || this == CANCELLED;
    }

    /** Whether the statutory clock runs: from receipt until a decision, except while a supplement is awaited. */
    public boolean clockRunning() {
        return this == RECEIVED || this == IN_PROCESS || this == PROCESSED;
    }

    /** Before a decision or result notice exists: the applicant may still withdraw (D118 Art. 21). */
    public boolean undecided() {
        return this == SUBMITTED
                || this == SUPPLEMENT_BEFORE_RECEIPT
                || this == RECEIVED
                || this == IN_PROCESS
                || this == SUPPLEMENT_IN_PROCESS
                || this == PROCESSED;
    }
}
