package dev.ordo.comments.reaction;

import dev.ordo.platform.problems.InvalidInput;
import java.util.regex.Pattern;

/**
 * One emoji, as a reaction holds it: a single grapheme cluster (so a skin tone, a flag, a keycap or a family
 * joined by zero-width joiners is one emoji; a lone regional indicator is not) made only of emoji code points and their components, at most
 * {@value #MAX_CHARS} UTF-16 characters. Digits, '#' and '*' are emoji code points on their own; they count only
 * as part of a keycap or with the emoji variation selector, so a plain "1" is refused.
 */
public record Emoji(String text) {

    public static final String INVALID = "invalid-emoji";
    public static final int MAX_CHARS = 16;

    private static final Pattern ONE_GRAPHEME = Pattern.compile("\\X");
    private static final int VARIATION_SELECTOR_16 = 0xFE0F;
    private static final int KEYCAP = 0x20E3;
    private static final int REGIONAL_INDICATOR_A = 0x1F1E6;
    private static final int REGIONAL_INDICATOR_Z = 0x1F1FF;

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
        int regionalIndicators = 0;
        for (int cp : text.codePoints().toArray()) {
            if (cp >= REGIONAL_INDICATOR_A && cp <= REGIONAL_INDICATOR_Z) {
                regionalIndicators++;
            }
            if (!Character.isEmoji(cp) && !Character.isEmojiComponent(cp)) {
                return false;
            }
            pictured |= Character.isEmojiPresentation(cp)
                    || Character.isExtendedPictographic(cp)
                    || cp == VARIATION_SELECTOR_16
                    || cp == KEYCAP;
        }
        // a flag is two regional indicators; one alone is a letter in a box
        return pictured && (regionalIndicators == 0 || regionalIndicators == 2);
    }
}
