package dev.ordo.search.engine;

/**
 * Highlighted snippets, built the same way by every engine: the engine marks matched words with two sentinel
 * characters no indexed text contains ({@link #clean} removes them on the way in), then {@link #render} escapes the
 * whole snippet for HTML and only then turns the sentinels into {@code <mark>} and {@code </mark>}. So a task titled
 * {@code <script>} shows as text, and the only markup in a snippet is the marks.
 */
public final class Snippets {

    /** Before a matched word (a private-use character). */
    public static final char START = '\uE000';
    /** After a matched word. */
    public static final char STOP = '\uE001';

    /**
     * A {@code <} as an engine may hand it back in a snippet (PostgreSQL's parser would take it for the start of
     * markup): rendered as {@code &lt;} like the character itself.
     */
    public static final char LESS_THAN = '\uE002';

    private Snippets() {}

    /** The text without the sentinels (and without NUL, which PostgreSQL text cannot hold). */
    public static String clean(String text) {
        if (text.indexOf(START) < 0
                && text.indexOf(STOP) < 0
                && text.indexOf(LESS_THAN) < 0
                && text.indexOf('\0') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != START && c != STOP && c != LESS_THAN && c != '\0') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the engine marked a match in this snippet. */
    public static boolean marked(String text) {
        return text.indexOf(START) >= 0;
    }

    /**
     * The part of a long marked text around its first match, at most about {@code max} characters, cut at spaces,
     * with {@code …} where text was left out; a text that is short enough, whole. A match is never cut in two.
     */
    public static String fragment(String marked, int max) {
        if (marked.length() <= max) {
            return marked;
        }
        int first = Math.max(0, marked.indexOf(START));
        int start = Math.max(0, first - max / 4);
        if (start > 0) {
            int space = marked.indexOf(' ', start);
            start = space >= 0 && space < first ? space + 1 : start;
        }
        int end = Math.min(marked.length(), start + max);
        int open = marked.lastIndexOf(START, end - 1);
        if (open >= 0 && marked.lastIndexOf(STOP, end - 1) < open) {
            int close = marked.indexOf(STOP, open);
            end = close < 0 ? marked.length() : close + 1;
        } else if (end < marked.length()) {
            int space = marked.lastIndexOf(' ', end);
            end = space > first ? space : end;
        }
        return (start > 0 ? "…" : "") + marked.substring(start, end).strip() + (end < marked.length() ? "…" : "");
    }

    /** HTML-escaped, the sentinels turned into balanced {@code <mark>…</mark>}. */
    public static String render(String marked) {
        StringBuilder out = new StringBuilder(marked.length() + 32);
        boolean open = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            switch (c) {
                case START -> {
                    if (!open) {
                        out.append("<mark>");
                        open = true;
                    }
                }
                case STOP -> {
                    if (open) {
                        out.append("</mark>");
                        open = false;
                    }
                }
                case '&' -> out.append("&amp;");
                case '<', LESS_THAN -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        if (open) {
            out.append("</mark>");
        }
        return out.toString();
    }
}
