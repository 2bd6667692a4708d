package dev.ordo.notifications.language;

import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The short texts of mails, pushes and the unsubscribe page (subjects, link labels, fallbacks, the due phrase, the
 * digest's lines, push bodies) from the message bundle {@code resources/messages/notifications[_<language>].properties}:
 * {@link java.text.MessageFormat} patterns, {@code {0}} an argument (a quote is written {@code ''}). The service's own
 * MessageSource, not the application's: nothing else resolves these keys, and a key missing is an error, never the
 * key itself or the machine's language.
 */
@Component
public class Texts {

    public static final String BUNDLE = "messages/notifications";

    private final ResourceBundleMessageSource source = new ResourceBundleMessageSource();

    public Texts() {
        source.setBasename(BUNDLE);
        source.setDefaultEncoding("UTF-8");
        // every text a MessageFormat pattern, with or without arguments: a quote is always ''
        source.setAlwaysUseMessageFormat(true);
        // English is the bundle without a suffix: never the JVM's default locale's bundle instead
        source.setFallbackToSystemLocale(false);
    }

    /** The text of {@code key} in {@code language} (one of {@link Languages#SUPPORTED}) with these arguments. */
    public String get(String language, String key, Object... args) {
        return source.getMessage(key, args, Locale.of(language));
    }
}
