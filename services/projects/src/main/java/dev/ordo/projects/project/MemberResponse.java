package dev.ordo.projects.project;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** A member; {@code name} and {@code email} are null while this service has not heard of the user. */
public record MemberResponse(
        UUID userId,

        @Schema(allowableValues = {"owner", "admin", "member", "viewer"})
        String role,

        String name,
        String email,
        Instant joinedAt) {

    static MemberResponse of(MemberView m) {
        return new MemberResponse(m.userId(), m.role().wire(), m.name(), m.email(), m.joinedAt());
    }
}
