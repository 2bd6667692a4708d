package dev.ordo.notifications.email;

import dev.ordo.notifications.language.Languages;
import dev.ordo.notifications.language.Texts;
import dev.ordo.notifications.replica.Replicas;
import dev.ordo.notifications.replica.User;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The pages of a mail's unsubscribe link, in the language of the token's user (the one the mail was written in:
 * their locale's, else English; a user the replica does not know reads English).
 */
@Component
class UnsubscribePages {

    private final Replicas replicas;
    private final Texts texts;

    UnsubscribePages(Replicas replicas, Texts texts) {
        this.replicas = replicas;
        this.texts = texts;
    }

    /** The page with the button: asks whether to stop this type's emails. */
    String confirm(UnsubscribeTokens.Unsubscribe what, String token) {
        String language = language(what);
        return page(
                language,
                texts.get(language, "unsubscribe.title"),
                "<p>" + texts.get(language, "unsubscribe.question", type(language, what.type())) + "</p>"
                        + "<form method=\"post\"><input type=\"hidden\" name=\"token\" value=\""
                        + HtmlUtils.htmlEscape(token) + "\">"
                        + "<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                        + "<button type=\"submit\">" + escape(texts.get(language, "unsubscribe.button"))
                        + "</button></form>");
    }

    /** The page after: they are off. */
    String done(UnsubscribeTokens.Unsubscribe what) {
        String language = language(what);
        return page(
                language,
                texts.get(language, "unsubscribe.done.title"),
                "<p>" + texts.get(language, "unsubscribe.done", type(language, what.type())) + "</p>");
    }

    private String language(UnsubscribeTokens.Unsubscribe what) {
        return Languages.of(replicas.user(what.user()).map(User::locale).orElse(null));
    }

    /** What the type's emails are about, in bold (the sentence around it is the bundle's: no markup). */
    private String type(String language, String type) {
        return "<strong>" + escape(texts.get(language, "unsubscribe.type." + type)) + "</strong>";
    }

    private static String page(String language, String title, String body) {
        return "<!DOCTYPE html><html lang=\"" + language + "\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + " – Ordo</title></head><body style=\"font-family: sans-serif; max-width: 32em; "
                + "margin: 3em auto;\"><h1>" + escape(title) + "</h1>" + body + "</body></html>";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
