package dev.ordo.tasks.task;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** How long a task takes. */
@Schema(description = "How long a task takes")
public record DurationRequest(
        @NotNull @Min(1) @Max(100_000) @Schema(example = "30")
        Integer amount,

        @NotNull @Pattern(regexp = "minute|day", message = "must be minute or day") @Schema(allowableValues = {"minute", "day"})
        String unit) {

    TaskDuration toDuration() {
        return new TaskDuration(amount, unit);
    }
}
