package dev.ordo.tasks.label;

import dev.ordo.platform.web.Colors;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;

/** A change of a label: a field left out (or null) stays as it is. */
@Schema(description = "Fields to change; those left out stay as they are. A new name is given to my tasks too.")
public record UpdateLabelRequest(
        @Schema(example = "calls") String name,

        @Pattern(regexp = Colors.PATTERN, message = Colors.MESSAGE) String color) {}
