package vn.haicap.dossier.domain;

import java.util.Set;
import vn.haicap.shared.Role;

/** Who asks for a transition; the jurisdiction has been checked before the aggregate is even loaded. */
public record Actor(String username, Set<Role> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
