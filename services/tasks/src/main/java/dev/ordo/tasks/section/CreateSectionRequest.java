package dev.ordo.tasks.section;

import dev.ordo.tasks.web.Positions;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A new section in a project. */
@Schema(description = "A new section of a project")
public record CreateSectionRequest(
        @NotNull UUID projectId,

        @NotBlank @Size(max = 120) @Schema(example = "Calls", maxLength = 120)
        String name,

        @Min(0) @Max(Positions.MAX) @Schema(description = "Where it sits among the project's sections; default: at the end")
        Long position) {

    public CreateSectionRequest {
        name = name == null ? null : name.strip();
    }
}
