package dev.ordo.notifications.language;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The languages mails, pushes and the unsubscribe page are written in, and which of them a user gets: the language of
 * their locale (identity's {@code locale}: {@code de}, {@code de-CH}, {@code de_AT} → {@code de}) when there is one,
 * else English. A language is its mail templates ({@code resources/mail/<language>/}) and its message bundle
 * ({@code resources/messages/notifications_<language>.properties}; English is the bundle without a suffix).
 */
public final class Languages {

    public static final String FALLBACK = "en";

    /** Every language there are templates and messages for (LanguagesTest checks each has all of English's). */
    public static final List<String> SUPPORTED = List.of("en", "de");

    private Languages() {}

    /** The language a user with this locale gets. */
    public static String of(@Nullable String locale) {
        String language = parse(locale).getLanguage();
        return SUPPORTED.contains(language) ? language : FALLBACK;
    }

    /**
     * The locale dates and times are written in for a user: their own when its language is the one they get
     * ({@code de-AT} writes "Jänner", {@code en-GB} "30 November"), else the language's.
     */
    public static Locale formatting(@Nullable String locale) {
        Locale own = parse(locale);
        String language = of(locale);
        return own.getLanguage().equals(language) ? own : Locale.forLanguageTag(language);
    }

    private static Locale parse(@Nullable String locale) {
        return locale == null || locale.isBlank()
                ? Locale.ROOT
                : Locale.forLanguageTag(locale.strip().replace('_', '-'));
    }
}
