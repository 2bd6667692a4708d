package dev.ordo.projects.project;

import dev.ordo.platform.web.Colors;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A new project. The caller becomes its owner: role and owner are not for the client to say. */
@Schema(description = "A new project; the caller becomes its owner")
public record CreateProjectRequest(
        @NotBlank @Size(max = 120) @Schema(example = "Garden", maxLength = 120)
        String name,

        @Size(max = 2000) String description,

        @Pattern(regexp = Colors.PATTERN, message = Colors.MESSAGE) @Schema(defaultValue = Colors.DEFAULT, example = "green")
        String color,

        @Schema(description = "Make it a sub-project of this project (which the caller must administer)")
        UUID parentId,

        @Schema(defaultValue = "false", description = "The caller's own favorite flag")
        Boolean favorite) {

    public CreateProjectRequest {
        name = name == null ? null : name.strip();
        description = description == null || description.isBlank() ? null : description.strip();
    }

    NewProject toNewProject() {
        return new NewProject(
                name, description, color == null ? Colors.DEFAULT : color, parentId, Boolean.TRUE.equals(favorite));
    }
}
