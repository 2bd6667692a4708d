package dev.ordo.tasks.capture;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One line as a user types it. */
@Schema(description = "A task in one line, e.g. Call Bob tomorrow 5pm p1 #Work /Calls @phone +ada@example.com")
public record QuickAddRequest(
        @NotBlank @Size(max = QuickAddRequest.MAX_LENGTH) @Schema(example = "Call Bob tomorrow 5pm p1 #Work /Calls @phone")
        String text) {

    static final int MAX_LENGTH = 2000;
}
