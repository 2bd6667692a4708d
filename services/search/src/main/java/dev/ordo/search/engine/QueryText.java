package dev.ordo.search.engine;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user typed, read the same way by every engine: words, {@code "phrases in quotes"} (an unclosed quote runs
 * to the end), and the last word taken as a prefix while it is still being typed (no space after it), so
 * {@code gro} finds {@code groceries}. Words are letters and digits; everything else separates them (so nothing a
 * user types reaches an engine's query syntax). Lower-cased and in NFC; accents are kept here and folded by the
 * engines, which fold the indexed text the same way.
 *
 * @param raw   the text as typed
 * @param terms at most {@value #MAX_TERMS}; all must match (each word of a phrase, next to each other)
 */
public record QueryText(String raw, List<Term> terms) {

    /** The longest query text accepted, in characters (the API answers 400 above it). */
    public static final int MAX_LENGTH = 500;
    /** Terms after these many are ignored. */
    public static final int MAX_TERMS = 16;
    /** A longer word is cut to this many characters (no indexed word is longer to be found by it anyway). */
    public static final int MAX_WORD_LENGTH = 64;
    /** The shortest last word taken as a prefix. */
    public static final int MIN_PREFIX_LENGTH = 2;
    /** The shortest word typos are looked for in (shorter words have too many neighbours to guess from). */
    public static final int MIN_TYPO_LENGTH = 4;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /**
     * One thing that must match.
     *
     * @param words  one word, or a phrase's words in order
     * @param phrase whether the words must be next to each other in this order
     * @param prefix whether the (single) word may also be the start of a longer word
     */
    public record Term(List<String> words, boolean phrase, boolean prefix) {

        public Term {
            words = List.copyOf(words);
        }

        /** The single word of a term that is no phrase. */
        public String word() {
            return words.getFirst();
        }

        /** Whether an engine should also look for words a typo away (single words long enough to guess from). */
        public boolean typoTolerant() {
            return !phrase && word().codePointCount(0, word().length()) >= MIN_TYPO_LENGTH;
        }
    }

    public QueryText {
        terms = List.copyOf(terms);
    }

    /** @throws IllegalArgumentException when longer than {@value #MAX_LENGTH} characters */
    public static QueryText parse(String raw) {
        if (raw == null) {
            return new QueryText("", List.of());
        }
        if (raw.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("query text longer than " + MAX_LENGTH + " characters");
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        List<Term> terms = new ArrayList<>();
        boolean inQuotes = false;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '"') {
                String part = text.substring(start, i);
                if (inQuotes) {
                    List<String> words = words(part);
                    if (words.size() == 1) {
                        terms.add(new Term(words, false, false));
                    } else if (!words.isEmpty()) {
                        terms.add(new Term(words, true, false));
                    }
                } else {
                    words(part).forEach(word -> terms.add(new Term(List.of(word), false, false)));
                }
                inQuotes = !inQuotes;
                start = i + 1;
            }
        }
        List<Term> kept = new ArrayList<>(terms.subList(0, Math.min(terms.size(), MAX_TERMS)));
        if (!kept.isEmpty() && kept.size() == terms.size() && typingLastWord(text)) {
            Term last = kept.getLast();
            if (!last.phrase() && last.word().length() >= MIN_PREFIX_LENGTH) {
                kept.set(kept.size() - 1, new Term(last.words(), false, true));
            }
        }
        return new QueryText(raw, kept);
    }

    /** Whether nothing is searched for (no letter or digit in the text). */
    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Every word of every term, in order. */
    public List<String> words() {
        return terms.stream().flatMap(t -> t.words().stream()).toList();
    }

    /** The text lower-cased with its accents removed ({@code Café} → {@code cafe}), as engines fold words. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** The last word is being typed when the text ends with it: not after a space, a quote or punctuation. */
    private static boolean typingLastWord(String text) {
        if (text.isEmpty()) {
            return false;
        }
        int last = text.codePointBefore(text.length());
        return Character.isLetterOrDigit(last) && count(text, '"') % 2 == 0;
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }

    private static List<String> words(String part) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(part);
        while (m.find()) {
            String word = m.group();
            if (word.length() > MAX_WORD_LENGTH) {
                int end = MAX_WORD_LENGTH;
                if (Character.isHighSurrogate(word.charAt(end - 1))) {
                    end--;
                }
                word = word.substring(0, end);
            }
            words.add(word);
        }
        return words;
    }
}
