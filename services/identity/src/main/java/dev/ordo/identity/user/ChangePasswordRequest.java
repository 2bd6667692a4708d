package dev.ordo.identity.user;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The new password's rules are the {@code PasswordPolicy}'s (a typed weak-password problem), not a size here. */
public record ChangePasswordRequest(
        @NotEmpty @Size(max = 128) String currentPassword,
        @NotNull @Size(max = 128) String newPassword) {

    @Override
    public String toString() {
        return "ChangePasswordRequest[***]";
    }
}
