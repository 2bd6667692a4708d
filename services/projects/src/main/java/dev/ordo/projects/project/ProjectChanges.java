package dev.ordo.projects.project;

import dev.ordo.platform.web.patch.Patch;
import java.util.UUID;

/**
 * What a change of a project asks for, field by field: left out (unchanged), cleared or a new value.
 * Only {@code description} and {@code parentId} (top level) can be cleared.
 */
public record ProjectChanges(
        Patch<String> name,
        Patch<String> description,
        Patch<String> color,
        Patch<UUID> parentId,
        Patch<Boolean> favorite) {

    /** Anything beyond the caller's own favorite flag, which only owners and admins may change. */
    public boolean touchesTheProject() {
        return name.isPresent() || description.isPresent() || color.isPresent() || parentId.isPresent();
    }
}
