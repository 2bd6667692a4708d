package dev.ordo.identity.auth;

import dev.ordo.identity.user.Emails;
import dev.ordo.identity.user.NewAccount;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The email is normalised (trimmed, lower case) before it is validated. */
public record RegisterRequest(
        @NotBlank @Size(max = 254) @Email @Schema(example = "ann@example.com")
        String email,

        @NotNull @Size(min = 8, max = 128) String password,
        @NotBlank @Size(max = 100) @Schema(example = "Ann") String name) {

    public RegisterRequest {
        email = Emails.normalise(email);
        name = name == null ? null : name.strip();
    }

    NewAccount toNewAccount() {
        return new NewAccount(email, password, name);
    }

    @Override
    public String toString() {
        return "RegisterRequest[email=" + email + ", name=" + name + "]";
    }
}
