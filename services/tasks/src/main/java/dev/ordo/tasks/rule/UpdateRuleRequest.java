package dev.ordo.tasks.rule;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.ordo.tasks.web.Positions;
import dev.ordo.tasks.web.UnknownFields;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** A change of a priority rule: a field left out (or null) stays as it is. */
@Schema(description = "Fields to change; those left out stay as they are")
public record UpdateRuleRequest(
        @Size(min = 1, max = 120) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
        String name,

        @Size(min = 1, max = 1000) String when,
        @Valid RuleAction then,
        @Min(0) @Max(Positions.MAX) Long position,
        @JsonAnySetter @Schema(hidden = true) Map<String, Object> otherFields) {

    static final String FIELDS = "name, when, then and position";

    public UpdateRuleRequest {
        name = name == null ? null : name.strip();
    }

    void refuseUnknownFields() {
        UnknownFields.refuse(otherFields, FIELDS);
        if (then != null) {
            UnknownFields.refuse(then.otherFields(), RuleAction.FIELDS);
        }
    }
}
