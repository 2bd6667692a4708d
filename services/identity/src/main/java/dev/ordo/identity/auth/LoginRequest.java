package dev.ordo.identity.auth;

import dev.ordo.identity.user.Emails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

public record LoginRequest(
        @NotBlank @Size(max = 254) String email,
        @NotEmpty @Size(max = 128) String password) {

    public LoginRequest {
        email = Emails.normalise(email);
    }

    @Override
    public String toString() {
        return "LoginRequest[email=" + email + "]";
    }
}
