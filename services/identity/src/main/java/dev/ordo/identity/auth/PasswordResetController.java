package dev.ordo.identity.auth;

import dev.ordo.identity.ownership.PasswordResetConfirmation;
import dev.ordo.identity.ownership.PasswordResetRequest;
import dev.ordo.identity.ownership.PasswordResetService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth/password-reset")
@Tag(name = "Authentication")
class PasswordResetController {

    /** The same words whether or not an account has the address. */
    static final PasswordResetAccepted ACCEPTED = new PasswordResetAccepted(
            "If an account has this address, we have sent it a link to choose a new password.");

    private final PasswordResetService resets;

    PasswordResetController(PasswordResetService resets) {
        this.resets = resets;
    }

    @PostMapping
    @Operation(
            summary = "Mail me a link to choose a new password",
            description = "Answers 202 with the same body whether or not an account has the address. "
                    + "Rate-limited per address and per client (429 with Retry-After).")
    ResponseEntity<PasswordResetAccepted> request(
            @Valid @RequestBody PasswordResetRequest request, HttpServletRequest http) {
        resets.request(request.email(), ClientIp.of(http));
        return ResponseEntity.accepted().body(ACCEPTED);
    }

    @PostMapping("/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Set a new password with the token from the reset-password link",
            description = "Ends every session of the account and marks its address verified. A token that is "
                    + "unknown, used or expired → 400 with type https://ordo.dev/problems/invalid-token.")
    void confirm(@Valid @RequestBody PasswordResetConfirmation request) {
        resets.confirm(request.token(), request.newPassword());
    }

    /** @param message for people; the status (202) is what a client goes by */
    record PasswordResetAccepted(String message) {}
}
