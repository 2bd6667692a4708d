package dev.ordo.identity.ownership;

import dev.ordo.identity.user.Emails;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** The new address is normalised (trimmed, lower case) before it is validated; the password proves it is me. */
public record EmailChangeRequest(
        @NotBlank @Size(max = 254) @Email @Schema(example = "ann@example.org")
        String newEmail,

        @NotEmpty @Size(max = 128) String password) {

    public EmailChangeRequest {
        newEmail = Emails.normalise(newEmail);
    }

    @Override
    public String toString() {
        return "EmailChangeRequest[newEmail=" + newEmail + "]";
    }
}
