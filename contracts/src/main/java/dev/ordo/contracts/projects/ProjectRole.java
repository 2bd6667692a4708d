package dev.ordo.contracts.projects;

import java.util.Locale;
import java.util.Optional;

/**
 * A member's role in a project, as the projects service's events carry it (lower case on the wire). What each
 * role may do is each service's own permission matrix; the roles themselves are one list for every service.
 */
public enum ProjectRole {
    OWNER,
    ADMIN,
    MEMBER,
    VIEWER;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ProjectRole> fromWire(String wire) {
        for (ProjectRole role : values()) {
            if (role.wire().equals(wire)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
