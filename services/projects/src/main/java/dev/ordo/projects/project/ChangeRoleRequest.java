package dev.ordo.projects.project;

import dev.ordo.contracts.projects.ProjectRole;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** owner is refused with a hint to transfer instead, hence accepted by the pattern. */
public record ChangeRoleRequest(
        @NotNull @Pattern(regexp = "owner|admin|member|viewer", message = "must be one of admin, member, viewer") @Schema(allowableValues = {"admin", "member", "viewer"})
        String role) {

    ProjectRole toRole() {
        return ProjectRole.fromWire(role).orElseThrow();
    }
}
