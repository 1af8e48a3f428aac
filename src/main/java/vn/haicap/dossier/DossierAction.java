package vn.haicap.dossier;

import java.util.Locale;
import vn.haicap.shared.HaicapException;

/** The transitions as the API names them ({@code request_supplement}, ...); {@code submit} only at creation. */
public enum DossierAction {
    SUBMIT,
    RECEIVE,
    REQUEST_SUPPLEMENT,
    SUPPLEMENT,
    REFUSE,
    START_PROCESSING,
    TRANSFER,
    TRANSFER_BACK,
    COMPLETE,
    APPROVE,
    REJECT,
    ISSUE_RESULT,
    RETURN,
    WITHDRAW,
    CANCEL,
    EXTEND;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The actions a caller may ask for through the transitions endpoint. */
    public static DossierAction parse(String value) {
        for (DossierAction action : values()) {
            if (action != SUBMIT && action.key().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return action;
            }
        }
        throw HaicapException.invalid("dossier.action-unknown", value);
    }
}
