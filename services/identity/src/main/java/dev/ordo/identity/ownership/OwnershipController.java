package dev.ordo.identity.ownership;

import dev.ordo.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Email", description = "Proving that I own my email address, and changing it")
class OwnershipController {

    private final EmailOwnershipService ownership;

    OwnershipController(EmailOwnershipService ownership) {
        this.ownership = ownership;
    }

    @PostMapping("/auth/verify-email")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Verify my email address with the token from the verify-email link",
            description = "Public: the link may be opened in any browser. A token that is unknown, used, "
                    + "expired or for another address → 400 with type https://ordo.dev/problems/invalid-token. "
                    + "Access tokens say email_verified=true from the next refresh on.")
    void verify(@Valid @RequestBody TokenRequest request) {
        ownership.verify(request.token());
    }

    @PostMapping("/auth/resend-verification")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Mail me a new verify-email link",
            description = "Rate-limited per account (429 with Retry-After). Already verified → 409 with type "
                    + "https://ordo.dev/problems/email-already-verified.")
    void resend() {
        ownership.resendVerification(Caller.current().userId());
    }

    @PostMapping("/users/me/email")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Change my email address",
            description = "Needs my password. Mails a confirm-email link to the new address; nothing changes "
                    + "until it is followed. Address taken → 409; rate-limited per account (429).")
    void changeEmail(@Valid @RequestBody EmailChangeRequest request) {
        ownership.requestEmailChange(Caller.current().userId(), request.newEmail(), request.password());
    }

    @PostMapping("/auth/email-change/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Confirm a new email address with the token from the confirm-email link",
            description = "Public: the link may be opened in another browser. The address changes (verified) "
                    + "and the old address is told. A bad token → 400 type invalid-token.")
    void confirmEmailChange(@Valid @RequestBody TokenRequest request) {
        ownership.confirmEmailChange(request.token());
    }
}
