package dev.ordo.projects.invitation;

import dev.ordo.contracts.projects.ProjectRole;
import dev.ordo.projects.people.Emails;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The email is normalised (trimmed, lower case) before it is validated. */
public record InviteRequest(
        @NotBlank @Size(max = 254) @Email @Schema(example = "bo@example.com")
        String email,

        @NotNull @Pattern(regexp = "admin|member|viewer", message = "must be one of admin, member, viewer") @Schema(allowableValues = {"admin", "member", "viewer"})
        String role) {

    public InviteRequest {
        email = Emails.normalise(email);
    }

    ProjectRole toRole() {
        return ProjectRole.fromWire(role).orElseThrow();
    }
}
