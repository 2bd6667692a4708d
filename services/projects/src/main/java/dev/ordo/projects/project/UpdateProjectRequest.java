package dev.ordo.projects.project;

import dev.ordo.platform.web.Colors;
import dev.ordo.platform.web.patch.Patch;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A JSON Merge Patch of a project (RFC 7396): a field left out stays as it is, {@code "description": null}
 * clears the description and {@code "parentId": null} moves the project to the top level; name, color and
 * favorite can be changed, never cleared.
 */
@Schema(description = "Fields to change; those left out stay as they are. parentId null = top level.")
public record UpdateProjectRequest(
        @NotNull @NotBlank @Size(max = 120) Patch<String> name,
        @Size(max = 2000) Patch<String> description,

        @NotNull @Pattern(regexp = Colors.PATTERN, message = Colors.MESSAGE) Patch<String> color,

        Patch<UUID> parentId,

        @NotNull @Schema(description = "The caller's own favorite flag; any member may set it")
        Patch<Boolean> favorite) {

    /** Names without the spaces around them; a description of only spaces is no description. */
    ProjectChanges toChanges() {
        return new ProjectChanges(
                name.map(String::strip),
                description.map(text -> text.isBlank() ? null : text.strip()),
                color,
                parentId,
                favorite);
    }
}
