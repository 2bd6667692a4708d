package dev.ordo.projects.project;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.UUID;

public record TransferRequest(
        @NotNull @Schema(description = "The member who becomes the owner")
        UUID userId,

        @JsonAnySetter @Schema(hidden = true) Map<String, Object> otherFields) {

    static final String FIELDS = "userId";
}
