package dev.ordo.platform.web.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * What every service refuses in any text or date a client sends, wherever it comes from (JSON body, query
 * parameter): PostgreSQL cannot store a NUL character, a lone UTF-16 surrogate is no text at all, and a
 * date beyond year 9999 (or before year 1) overflows what the database and every client can handle.
 * Services may call these directly for values they parse themselves (e.g. a date inside a filter query).
 */
public final class InputRules {

    public static final int MIN_YEAR = 1;
    public static final int MAX_YEAR = 9999;
    public static final String DATE_RULE = "Dates must lie in the years " + MIN_YEAR + " to " + MAX_YEAR + ".";

    private InputRules() {}

    /** Why the text is refused, or {@code null} when it is acceptable. */
    public static String textProblem(CharSequence text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "Text may not contain the NUL character.";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "Text may not contain an unpaired surrogate (it is not valid Unicode).";
            }
            if (Character.isLowSurrogate(c)) {
                return "Text may not contain an unpaired surrogate (it is not valid Unicode).";
            }
        }
        return null;
    }

    /** Whether a date or date-time (LocalDate, LocalDateTime, Instant, OffsetDateTime, ZonedDateTime) lies in years 1–9999. */
    public static boolean isWithinYears(Object value) {
        Integer year = switch (value) {
            case LocalDate d -> d.getYear();
            case LocalDateTime d -> d.getYear();
            case OffsetDateTime d -> d.getYear();
            case ZonedDateTime d -> d.getYear();
            case Instant i -> yearOf(i);
            case null, default -> null;
        };
        return year == null || (year >= MIN_YEAR && year <= MAX_YEAR);
    }

    /** The types {@link #isWithinYears} judges. */
    public static boolean isBoundedDateType(Class<?> type) {
        return type == LocalDate.class
                || type == LocalDateTime.class
                || type == OffsetDateTime.class
                || type == ZonedDateTime.class
                || type == Instant.class;
    }

    private static final Instant BEFORE_YEAR_1 = Instant.parse("0000-12-31T00:00:00Z");
    private static final Instant AFTER_YEAR_9999 = Instant.parse("+10000-01-02T00:00:00Z");

    private static Integer yearOf(Instant instant) {
        if (instant.isBefore(BEFORE_YEAR_1) || instant.isAfter(AFTER_YEAR_9999)) {
            return instant.isBefore(Instant.EPOCH) ? MIN_YEAR - 1 : MAX_YEAR + 1;
        }
        return instant.atOffset(ZoneOffset.UTC).getYear();
    }
}
