package dev.ordo.calendar.event;

import dev.ordo.platform.problems.InvalidInput;
import java.util.Locale;

/** Which occurrences of a recurring event a change or deletion reaches. */
public enum Scope {
    /** The whole series. */
    ALL,
    /** One occurrence (the {@code occurrence} parameter): changed or cancelled on its own. */
    THIS,
    /** The occurrence and every one after it: the series ends before it, a new one goes on from it. */
    FOLLOWING;

    public static Scope of(String text) {
        if (text == null || text.isBlank()) {
            return ALL;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("'scope' must be this, following or all.").with("field", "scope");
        }
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
