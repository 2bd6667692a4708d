package dev.ordo.projects.project;

import java.util.Locale;
import java.util.Optional;

/**
 * A member's role in a project; on the wire in lower case, as {@code ProjectEvents.OWNER} etc. What each role
 * may do is {@link Permission}'s matrix.
 */
public enum Role {
    OWNER,
    ADMIN,
    MEMBER,
    VIEWER;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean may(Permission permission) {
        return permission.allows(this);
    }

    public static Optional<Role> fromWire(String wire) {
        for (Role role : values()) {
            if (role.wire().equals(wire)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
