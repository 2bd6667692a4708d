package dev.ordo.tasks.section;

import dev.ordo.tasks.web.Positions;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A change of a section: a field left out (or null) stays as it is. */
@Schema(description = "Fields to change; those left out stay as they are")
public record UpdateSectionRequest(
        @Size(min = 1, max = 120) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,

        @Min(0) @Max(Positions.MAX) Long position) {

    public UpdateSectionRequest {
        name = name == null ? null : name.strip();
    }
}
