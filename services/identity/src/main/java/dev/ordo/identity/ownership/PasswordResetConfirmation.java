package dev.ordo.identity.ownership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The token from the reset-password link and the new password (the same rules as registration). */
public record PasswordResetConfirmation(
        @NotBlank @Size(max = 100) String token,
        @NotNull @Size(min = 8, max = 128) String newPassword) {

    @Override
    public String toString() {
        return "PasswordResetConfirmation[***]";
    }
}
