package vn.haicap.account;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.haicap.shared.Role;

/**
 * Who is calling, with roles and jurisdiction. {@code jurisdictionCode} is a 2-digit province code, a
 * 5-digit commune code, or null for national scope (ministry) and for citizens and businesses.
 */
public record CurrentUser(String username, Set<Role> roles, @Nullable String jurisdictionCode) {

    public static final CurrentUser ANONYMOUS = new CurrentUser("anonymous", Set.of(), null);

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isNational() {
        return roles.contains(Role.MINISTRY_ADMIN);
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
