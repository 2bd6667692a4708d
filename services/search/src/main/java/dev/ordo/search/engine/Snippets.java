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

    private Snippets() {}

    /** The text without the sentinels (and without NUL, which PostgreSQL text cannot hold). */
    public static String clean(String text) {
        if (text.indexOf(START) < 0 && text.indexOf(STOP) < 0 && text.indexOf('\0') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != START && c != STOP && c != '\0') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the engine marked a match in this snippet. */
    public static boolean marked(String text) {
        return text.indexOf(START) >= 0;
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
                case '<' -> out.append("&lt;");
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
