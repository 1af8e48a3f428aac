package vn.haicap.dossier.domain;

import java.util.Set;
import vn.haicap.shared.Jurisdiction;
import vn.haicap.shared.Role;

/**
 * Who asks for a transition. That the jurisdiction covers the dossier has been checked before the
 * aggregate is even loaded; the aggregate uses its scope to tell commune staff from provincial staff.
 */
public record Actor(String username, Set<Role> roles, Jurisdiction jurisdiction) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
