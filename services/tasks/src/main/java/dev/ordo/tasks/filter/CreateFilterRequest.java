package dev.ordo.tasks.filter;

import dev.ordo.tasks.web.Positions;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new saved filter. */
@Schema(description = "A named filter query")
public record CreateFilterRequest(
        @NotBlank @Size(max = 120) @Schema(example = "Work today")
        String name,

        @NotNull @Size(max = 1000) @Schema(example = "(today | overdue) & #Work")
        String query,

        @Min(0) @Max(Positions.MAX) @Schema(description = "Where it sits among my filters; default: at the end")
        Long position) {

    public CreateFilterRequest {
        name = name == null ? null : name.strip();
    }
}
