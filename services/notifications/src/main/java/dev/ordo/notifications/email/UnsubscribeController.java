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
import org.springframework.web.util.HtmlUtils;

/**
 * The link in every notification mail (public: the token says who and which type). GET shows a page with a button;
 * POST (the button, or a mail client's RFC 8058 one-click request) turns that type's email off.
 */
@RestController
@RequestMapping(EmailSender.UNSUBSCRIBE_PATH)
@Tag(name = "Notification emails", description = "Unsubscribing from a type of notification email")
class UnsubscribeController {

    static final String INVALID_TOKEN = "invalid-unsubscribe-token";

    private final UnsubscribeTokens tokens;
    private final NotificationPreferences preferences;

    UnsubscribeController(UnsubscribeTokens tokens, NotificationPreferences preferences) {
        this.tokens = tokens;
        this.preferences = preferences;
    }

    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    @Operation(
            summary = "The unsubscribe page of a mail's link",
            description = "Public. A page with a button that turns this type of email off; 400 "
                    + "(invalid-unsubscribe-token) for a token this service did not sign.")
    ResponseEntity<String> page(@Parameter(description = "from the mail's link") @RequestParam String token) {
        UnsubscribeTokens.Unsubscribe what = verified(token);
        return html(
                "Unsubscribe",
                "<p>Stop getting emails about <strong>" + HtmlUtils.htmlEscape(describe(what.type()))
                        + "</strong>? You still see them in the app.</p>"
                        + "<form method=\"post\"><input type=\"hidden\" name=\"token\" value=\""
                        + HtmlUtils.htmlEscape(token) + "\">"
                        + "<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                        + "<button type=\"submit\">Unsubscribe</button></form>");
    }

    @PostMapping(produces = MediaType.TEXT_HTML_VALUE)
    @Operation(
            summary = "Unsubscribe from a type of notification email (RFC 8058 one-click)",
            description = "Public; the body is List-Unsubscribe=One-Click (form-encoded). Turns email off for the "
                    + "token's user and type. 400 (invalid-unsubscribe-token) for a token this service did not sign.")
    ResponseEntity<String> unsubscribe(@RequestParam String token) {
        UnsubscribeTokens.Unsubscribe what = verified(token);
        preferences.turnEmailOff(what.user(), what.type());
        return html(
                "Unsubscribed",
                "<p>Done: no more emails about <strong>" + HtmlUtils.htmlEscape(describe(what.type()))
                        + "</strong>. You can turn them on again in Ordo's settings.</p>");
    }

    private UnsubscribeTokens.Unsubscribe verified(String token) {
        return tokens.verify(token)
                .orElseThrow(() -> new InvalidInput(INVALID_TOKEN, "This unsubscribe link is not valid."));
    }

    private static String describe(String type) {
        return switch (type) {
            case "task.assigned" -> "tasks assigned to you";
            case "comment.mentioned" -> "mentions of you in comments";
            case "comment.added" -> "comments on your tasks";
            case "invitation.received" -> "invitations to projects";
            case "invitation.accepted" -> "accepted invitations";
            case "invitation.rejected" -> "declined invitations";
            case "task.completed" -> "tasks completed in projects you own";
            case "reminder" -> "reminders";
            case "digest" -> "your daily digest";
            default -> type;
        };
    }

    private static ResponseEntity<String> html(String title, String body) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                        + " – Ordo</title></head><body style=\"font-family: sans-serif; max-width: 32em; "
                        + "margin: 3em auto;\"><h1>" + title + "</h1>" + body + "</body></html>");
    }
}
