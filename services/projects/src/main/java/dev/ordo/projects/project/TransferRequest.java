package dev.ordo.projects.project;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

public record TransferRequest(
        @NotNull @Schema(description = "The member who becomes the owner")
        UUID userId) {}
