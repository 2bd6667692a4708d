package dev.ordo.notifications.reminder;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A new reminder for the caller: exactly one of {@code minutesBefore} and {@code at}. */
@Schema(description = "A new reminder: minutesBefore the task's due time, or at an instant (exactly one)")
public record CreateReminderRequest(
        @NotNull @Schema(description = "the task") UUID taskId,

        @Schema(
                description = "minutes before the task's due time, 0 to 40320 (the task must be due at a time)",
                minimum = "0",
                maximum = "40320")
        Integer minutesBefore,

        @Schema(description = "when, an instant in the future")
        Instant at,

        @Schema(description = "in_app, email, push; default in_app and push")
        List<String> channels) {}
