package dev.ordo.notifications.email;

import dev.ordo.notifications.preference.NotificationPreferences;
import dev.ordo.platform.problems.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The link in every notification mail (public: the token says who and which type). GET shows a page with a button;
 * POST (the button, or a mail client's RFC 8058 one-click request) turns that type's email off. The pages are in the
 * user's language ({@link UnsubscribePages}).
 */
@RestController
@RequestMapping(EmailSender.UNSUBSCRIBE_PATH)
@Tag(name = "Notification emails", description = "Unsubscribing from a type of notification email")
class UnsubscribeController {

    static final String INVALID_TOKEN = "invalid-unsubscribe-token";

    private final UnsubscribeTokens tokens;
    private final NotificationPreferences preferences;
    private final UnsubscribePages pages;

    UnsubscribeController(UnsubscribeTokens tokens, NotificationPreferences preferences, UnsubscribePages pages) {
        this.tokens = tokens;
        this.preferences = preferences;
        this.pages = pages;
    }

    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    @Operation(
            summary = "The unsubscribe page of a mail's link",
            description = "Public. A page with a button that turns this type of email off; 400 "
                    + "(invalid-unsubscribe-token) for a token this service did not sign.")
    ResponseEntity<String> page(@Parameter(description = "from the mail's link") @RequestParam String token) {
        return html(pages.confirm(verified(token), token));
    }

    @PostMapping(produces = MediaType.TEXT_HTML_VALUE)
    @Operation(
            summary = "Unsubscribe from a type of notification email (RFC 8058 one-click)",
            description = "Public; the body is List-Unsubscribe=One-Click (form-encoded). Turns email off for the "
                    + "token's user and type. 400 (invalid-unsubscribe-token) for a token this service did not sign.")
    ResponseEntity<String> unsubscribe(@RequestParam String token) {
        UnsubscribeTokens.Unsubscribe what = verified(token);
        preferences.turnEmailOff(what.user(), what.type());
        return html(pages.done(what));
    }

    private UnsubscribeTokens.Unsubscribe verified(String token) {
        return tokens.verify(token)
                .orElseThrow(() -> new InvalidInput(INVALID_TOKEN, "This unsubscribe link is not valid."));
    }

    private static ResponseEntity<String> html(String page) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(page);
    }
}
