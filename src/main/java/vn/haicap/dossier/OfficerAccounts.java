package vn.haicap.dossier;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.haicap.account.UserAccounts;
import vn.haicap.account.UserAccounts.AccountSummary;
import vn.haicap.dossier.domain.Permissions;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.Jurisdiction;
import vn.haicap.shared.PageRequest;
import vn.haicap.shared.PageResult;
import vn.haicap.shared.Role;

/** Finds the officer a dossier may be assigned to, through the account module's jurisdiction query. */
@Component
class OfficerAccounts {

    private final UserAccounts accounts;

    OfficerAccounts(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /**
     * The officer, if their account is enabled, holds an officer role and covers the receiving unit.
     *
     * @throws HaicapException when the username is not an officer at all
     */
    Optional<AccountSummary> covering(String username, String province, String commune) {
        if (!accounts.exists(username)) {
            throw HaicapException.invalid("dossier.assignee-not-officer", username);
        }
        PageResult<AccountSummary> page;
        int number = 0;
        do {
            page = accounts.within(Jurisdiction.province(province), new PageRequest(number++, PageRequest.MAX_SIZE));
            for (AccountSummary account : page.items()) {
                if (account.username().equals(username)) {
                    boolean officer = account.enabled()
                            && Permissions.isOfficer(account.roles().stream()
                                    .filter(r -> !r.isBlank())
                                    .map(Role::fromKey)
                                    .collect(java.util.stream.Collectors.toSet()));
                    if (!officer) {
                        throw HaicapException.invalid("dossier.assignee-not-officer", username);
                    }
                    boolean covers = province.equals(account.jurisdiction()) || commune.equals(account.jurisdiction());
                    return covers ? Optional.of(account) : Optional.empty();
                }
            }
        } while ((long) number * PageRequest.MAX_SIZE < page.total());
        return Optional.empty();
    }
}
