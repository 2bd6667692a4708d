package dev.ordo.comments.reaction;

import dev.ordo.platform.problems.InvalidInput;
import java.util.regex.Pattern;

/**
 * One emoji, as a reaction holds it: a single grapheme cluster (so a skin tone, a flag, a keycap or a family
 * joined by zero-width joiners is one emoji) made only of emoji code points and their components, at most
 * {@value #MAX_CHARS} UTF-16 characters. Digits, '#' and '*' are emoji code points on their own; they count only
 * as part of a keycap or with the emoji variation selector, so a plain "1" is refused.
 */
public record Emoji(String text) {

    public static final String INVALID = "invalid-emoji";
    public static final int MAX_CHARS = 16;

    private static final Pattern ONE_GRAPHEME = Pattern.compile("\\X");
    private static final int VARIATION_SELECTOR_16 = 0xFE0F;
    private static final int KEYCAP = 0x20E3;

    public Emoji {
        if (!valid(text)) {
            throw new InvalidInput(INVALID, "A reaction is one emoji.");
        }
    }

    public static Emoji of(String text) {
        return new Emoji(text);
    }

    static boolean valid(String text) {
        if (text == null
                || text.isEmpty()
                || text.length() > MAX_CHARS
                || !ONE_GRAPHEME.matcher(text).matches()) {
            return false;
        }
        boolean pictured = false;
        for (int cp : text.codePoints().toArray()) {
            if (!Character.isEmoji(cp) && !Character.isEmojiComponent(cp)) {
                return false;
            }
            pictured |= Character.isEmojiPresentation(cp)
                    || Character.isExtendedPictographic(cp)
                    || cp == VARIATION_SELECTOR_16
                    || cp == KEYCAP;
        }
        return pictured;
    }
}
