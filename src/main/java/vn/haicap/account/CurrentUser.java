package vn.haicap.account;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.haicap.shared.Jurisdiction;
import vn.haicap.shared.Role;

/**
 * Who is calling, with roles and jurisdiction. {@code jurisdictionCode} is a 2-digit province code, a
 * 5-digit commune code, or null for national scope (ministry) and for citizens and businesses.
 */
public record CurrentUser(
        String username,
        Set<Role> roles,
        @Nullable String jurisdictionCode,
        @Nullable String jurisdictionProvince) {

    public static final CurrentUser ANONYMOUS = new CurrentUser("anonymous", Set.of(), null, null);

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isNational() {
        return roles.contains(Role.MINISTRY_ADMIN);
    }

    /**
     * The area this user may see: national for the ministry, otherwise the province or commune of
     * their account. Citizens and businesses have no jurisdiction over others' data: their scope is
     * empty (a province code that matches nothing).
     */
    public Jurisdiction jurisdiction() {
        if (isNational()) {
            return Jurisdiction.NATIONAL;
        }
        if (jurisdictionProvince == null || jurisdictionCode == null) {
            return Jurisdiction.NONE;
        }
        return jurisdictionCode.length() == 5
                ? Jurisdiction.commune(jurisdictionProvince, jurisdictionCode)
                : Jurisdiction.province(jurisdictionProvince);
    }

    /** The user in the current security context, or {@link #ANONYMOUS}. */
    public static CurrentUser get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof HaicapUserDetails details) {
            return details.currentUser();
        }
        return ANONYMOUS;
    }
}
