package dev.ordo.tasks.label;

import dev.ordo.platform.web.Colors;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A new personal label. */
@Schema(description = "A new label of the caller's")
public record CreateLabelRequest(
        @NotNull @Schema(
                example = "phone",
                maxLength = LabelNames.MAX_LENGTH,
                description = "1–60 characters, no spaces, none of @ # / & | ! ( ) , \"")
        String name,

        @Pattern(regexp = Colors.PATTERN, message = Colors.MESSAGE) @Schema(defaultValue = Colors.DEFAULT, example = "green")
        String color) {}
