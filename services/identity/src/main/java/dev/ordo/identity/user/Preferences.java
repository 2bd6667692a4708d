package dev.ordo.identity.user;

import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;

/** What a profile's preference values may be. */
public final class Preferences {

    public static final String THEMES = "light|dark|system";
    public static final String TASK_SORTS = "position|due|priority|urgency|created";

    public static final String DEFAULT_TIMEZONE = "UTC";
    public static final String DEFAULT_LOCALE = "en";
    public static final String DEFAULT_THEME = "system";
    public static final String DEFAULT_TASK_SORT = "position";

    private Preferences() {}

    /** IANA ids only (Europe/Berlin, UTC); offsets such as +02:00 are no time zone, they ignore DST. */
    public static boolean isTimezone(String id) {
        return id != null && ZoneId.getAvailableZoneIds().contains(id);
    }

    /** The canonical form of a well-formed BCP 47 tag (en-us → en-US), or empty if it is not one. */
    public static Optional<String> canonicalLocale(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return Optional.empty();
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            return locale.getLanguage().isEmpty() ? Optional.empty() : Optional.of(locale.toLanguageTag());
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }
}
