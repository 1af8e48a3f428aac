package vn.haicap.dossier.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import vn.haicap.dossier.DossierAction;
import vn.haicap.shared.Role;

/**
 * Which officer role performs the actions that are not workflow steps (one-stop-shop.md §2.3, §7.2).
 * Receive, transfer, complete, approve, reject, transfer back and return are done by the role the dossier's
 * workflow version names for the current step. Withdraw and supplement are the applicant's own (checked
 * against the dossier), with the counter officer recording a paper supplement.
 */
public final class Permissions {

    private static final Map<DossierAction, Set<Role>> ROLES = new EnumMap<>(DossierAction.class);

    static {
        ROLES.put(DossierAction.SUBMIT, Set.of(Role.CITIZEN, Role.BUSINESS, Role.COUNTER_OFFICER));
        ROLES.put(DossierAction.REFUSE, Set.of(Role.COUNTER_OFFICER));
        ROLES.put(DossierAction.REQUEST_SUPPLEMENT, Set.of(Role.COUNTER_OFFICER, Role.SPECIALIST));
        ROLES.put(DossierAction.SUPPLEMENT, Set.of(Role.COUNTER_OFFICER));
        ROLES.put(DossierAction.START_PROCESSING, Set.of(Role.COUNTER_OFFICER));
        ROLES.put(DossierAction.EXTEND, Set.of(Role.LEADER));
        // the clerk's step (numbering and issuing the result) is done at the one-stop unit
        ROLES.put(DossierAction.ISSUE_RESULT, Set.of(Role.COUNTER_OFFICER, Role.LEADER));
        ROLES.put(DossierAction.CANCEL, Set.of(Role.COUNTER_OFFICER));
        ROLES.put(DossierAction.WITHDRAW, Set.of());
    }

    private Permissions() {}

    public static Set<Role> rolesFor(DossierAction action) {
        return ROLES.getOrDefault(action, Set.of());
    }

    /** Whether an account with these roles ever acts on dossiers as an officer. */
    public static boolean isOfficer(Set<Role> roles) {
        return roles.contains(Role.COUNTER_OFFICER) || roles.contains(Role.SPECIALIST) || roles.contains(Role.LEADER);
    }
}
