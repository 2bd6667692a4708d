package dev.ordo.tasks.rule;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.ordo.tasks.query.Priority;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/** What a rule does to a matching task. */
@Schema(description = "What a matching task gets")
public record RuleAction(
        @NotNull Priority priority,
        @JsonAnySetter @Schema(hidden = true) Map<String, Object> otherFields) {

    static final String FIELDS = "then: priority";
}
