package dev.ordo.projects.project;

import java.util.Optional;
import java.util.UUID;

/**
 * What a PATCH asks to change. A null field stays as it is. {@code description} and {@code parentId} can
 * also be cleared, so for them null means "unchanged", an empty Optional "clear" (no description; top level).
 */
public record ProjectChanges(
        String name, Optional<String> description, String color, Optional<UUID> parentId, Boolean favorite) {

    /** Anything beyond the caller's own favorite flag, which only owners and admins may change. */
    public boolean touchesTheProject() {
        return name != null || description != null || color != null || parentId != null;
    }
}
