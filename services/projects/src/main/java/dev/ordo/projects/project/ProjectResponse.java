package dev.ordo.projects.project;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A project as the caller sees it: {@code role} and {@code favorite} are the caller's own. */
public record ProjectResponse(
        UUID id,
        String name,
        @Nullable String description,
        String color,
        @Nullable UUID parentId,
        boolean favorite,
        boolean inbox,
        boolean archived,

        @Schema(allowableValues = {"owner", "admin", "member", "viewer"})
        String role,

        UUID ownerId,
        Instant createdAt,
        Instant updatedAt) {

    public static ProjectResponse of(ProjectForMember view) {
        Project p = view.project();
        return new ProjectResponse(
                p.id(),
                p.name(),
                p.description(),
                p.color(),
                p.parentId(),
                view.favorite(),
                p.inbox(),
                p.archived(),
                view.role().wire(),
                p.ownerId(),
                p.createdAt(),
                p.updatedAt());
    }
}
