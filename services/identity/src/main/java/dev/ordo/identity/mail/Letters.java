package dev.ordo.identity.mail;

import dev.ordo.identity.config.EmailProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The mails identity writes, short and plain. Each is one text, rendered twice: as plain text and as
 * simple HTML in which everything that came from a person (their name, an address) is escaped.
 */
@Component
public class Letters {

    private final String appUrl;
    private final EmailProperties.EmailTokens ttl;

    Letters(EmailProperties properties) {
        this.appUrl = properties.appUrl();
        this.ttl = properties.emailTokens();
    }

    public Mail verifyEmail(String to, String name, String token) {
        return new Letter("Confirm your email address", name)
                .line("Welcome to Ordo! Please confirm that this is your email address:")
                .link("Confirm email address", appUrl + "/verify-email?token=" + token)
                .line("The link works for " + human(ttl.verificationTtl()) + ". If you didn't sign up for Ordo, "
                        + "you can ignore this email.")
                .to(to);
    }

    public Mail resetPassword(String to, String name, String token) {
        return new Letter("Reset your Ordo password", name)
                .line("Someone (hopefully you) asked to reset the password of your Ordo account. "
                        + "Choose a new one here:")
                .link("Choose a new password", appUrl + "/reset-password?token=" + token)
                .line("The link works once, for " + human(ttl.passwordResetTtl()) + ". If you didn't ask for "
                        + "this, ignore this email: your password stays as it is.")
                .to(to);
    }

    public Mail confirmNewEmail(String to, String name, String token) {
        return new Letter("Confirm your new email address", name)
                .line("You asked to sign in to Ordo with this address from now on. Confirm it here:")
                .link("Confirm new address", appUrl + "/confirm-email?token=" + token)
                .line("Until you do, nothing changes. The link works for " + human(ttl.emailChangeTtl())
                        + ". If you didn't ask for this, you can ignore this email.")
                .to(to);
    }

    public Mail emailChanged(String to, String name, String newEmail) {
        return new Letter("Your Ordo email address was changed", name)
                .line("The email address of your Ordo account was changed to " + newEmail
                        + ". From now on, sign in with that address.")
                .line("If this wasn't you, please reply to this email right away so we can help.")
                .to(to);
    }

    static String human(Duration duration) {
        long hours = duration.toHours();
        if (hours > 0 && duration.equals(Duration.ofHours(hours))) {
            return hours == 1 ? "1 hour" : hours + " hours";
        }
        long minutes = Math.max(1, duration.toMinutes());
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    /** Paragraphs and at most a few links, kept in order for both renderings. */
    private static final class Letter {

        private final String subject;
        private final List<String[]> parts = new ArrayList<>();

        Letter(String subject, String name) {
            this.subject = subject;
            parts.add(new String[] {"Hi " + name + ","});
        }

        Letter line(String text) {
            parts.add(new String[] {text});
            return this;
        }

        Letter link(String label, String url) {
            parts.add(new String[] {label, url});
            return this;
        }

        Mail to(String recipient) {
            StringBuilder text = new StringBuilder();
            StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family: sans-serif; "
                    + "line-height: 1.5; color: #202020\">");
            for (String[] part : parts) {
                if (part.length == 1) {
                    text.append(part[0]).append("\n\n");
                    html.append("<p>").append(HtmlUtils.htmlEscape(part[0])).append("</p>");
                } else {
                    text.append(part[1]).append("\n\n");
                    String href = HtmlUtils.htmlEscape(part[1]);
                    html.append("<p><a href=\"")
                            .append(href)
                            .append("\" style=\"display: inline-block; padding: "
                                    + "8px 16px; background: #db4c3f; color: #ffffff; border-radius: 5px; "
                                    + "text-decoration: none\">")
                            .append(HtmlUtils.htmlEscape(part[0]))
                            .append("</a></p><p style=\"font-size: 12px; color: #808080\">")
                            .append(href)
                            .append("</p>");
                }
            }
            text.append("— Ordo\n");
            html.append("<p>— Ordo</p></body></html>");
            return new Mail(recipient, subject, text.toString(), html.toString());
        }
    }
}
