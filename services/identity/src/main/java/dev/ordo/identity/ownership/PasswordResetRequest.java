package dev.ordo.identity.ownership;

import dev.ordo.identity.user.Emails;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "Forgot password": the address to mail a reset link to, normalised like registration. */
public record PasswordResetRequest(
        @NotBlank @Size(max = 254) @Email @Schema(example = "ann@example.com")
        String email) {

    public PasswordResetRequest {
        email = Emails.normalise(email);
    }
}
