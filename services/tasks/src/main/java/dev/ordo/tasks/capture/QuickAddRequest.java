package dev.ordo.tasks.capture;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** One line as a user types it. */
@Schema(description = "A task in one line, e.g. Call Bob tomorrow 5pm p1 #Work /Calls @phone +ada@example.com")
public record QuickAddRequest(
        @NotBlank @Size(max = QuickAddRequest.MAX_LENGTH) @Schema(example = "Call Bob tomorrow 5pm p1 #Work /Calls @phone")
        String text,

        @JsonAnySetter @Schema(hidden = true) Map<String, Object> otherFields) {

    static final int MAX_LENGTH = 2000;
    static final String FIELDS = "text";
}
