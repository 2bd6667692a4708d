package dev.ordo.tasks.rule;

import dev.ordo.tasks.web.Positions;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new priority rule. */
@Schema(description = "When a task matches the filter query 'when', it gets 'then'")
public record CreateRuleRequest(
        @NotBlank @Size(max = 120) @Schema(example = "Overdue is urgent")
        String name,

        @NotBlank @Size(max = 1000) @Schema(example = "overdue & !p1")
        String when,

        @NotNull @Valid RuleAction then,

        @Min(0) @Max(Positions.MAX) @Schema(description = "Where it is tried among the project's rules; default: last")
        Long position) {

    public CreateRuleRequest {
        name = name == null ? null : name.strip();
    }
}
