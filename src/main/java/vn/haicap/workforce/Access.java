package vn.haicap.workforce;

import org.jspecify.annotations.Nullable;
import vn.haicap.account.CurrentUser;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.Role;

/** Who may do what with workforce data: roles first, then the jurisdiction over the agency or unit. */
final class Access {

    private Access() {}

    /** HR officers keep records; the ministry sees every record. */
    static void requireHr(CurrentUser user) {
        if (!user.has(Role.HR_OFFICER) && !user.has(Role.MINISTRY_ADMIN)) {
            throw HaicapException.forbidden("workforce.forbidden");
        }
    }

    /** HR officers and administrators read statistics. */
    static void requireReporting(CurrentUser user) {
        if (!user.has(Role.HR_OFFICER)
                && !user.has(Role.MINISTRY_ADMIN)
                && !user.has(Role.PROVINCE_ADMIN)
                && !user.has(Role.UNIT_ADMIN)) {
            throw HaicapException.forbidden("workforce.forbidden");
        }
    }

    static boolean covers(CurrentUser user, String provinceCode, @Nullable String communeCode) {
        return user.jurisdiction().covers(provinceCode, communeCode);
    }

    static void requireCovers(CurrentUser user, String provinceCode, String unitCode) {
        if (!covers(user, provinceCode, unitCode.length() == 5 ? unitCode : null)) {
            throw HaicapException.forbidden("workforce.outside-jurisdiction", unitCode);
        }
    }
}
