package dev.ordo.tasks.access;

import java.util.Locale;
import java.util.Optional;

/** A member's role in a project, as the projects service says it (lower case on the wire). */
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
