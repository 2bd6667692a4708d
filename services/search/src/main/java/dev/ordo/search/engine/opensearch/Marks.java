package dev.ordo.search.engine.opensearch;

import dev.ordo.search.engine.Snippets;

/**
 * Marks ({@link Snippets#START}…{@link Snippets#STOP}) on one text, joined: two highlights of the same field, one
 * from the folded field and one from its stemmed sub-field, become one text marked wherever either marked it.
 */
final class Marks {

    private Marks() {}

    /** The text of {@code a} (the same as {@code b}'s), marked where either is; {@code a} if the texts differ. */
    static String union(String a, String b) {
        String text = plain(a);
        if (!text.equals(plain(b))) {
            return a;
        }
        boolean[] marked = new boolean[text.length()];
        mark(a, marked);
        mark(b, marked);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            if (marked[i] && (i == 0 || !marked[i - 1])) {
                out.append(Snippets.START);
            }
            out.append(text.charAt(i));
            if (marked[i] && (i == text.length() - 1 || !marked[i + 1])) {
                out.append(Snippets.STOP);
            }
        }
        return out.toString();
    }

    private static String plain(String marked) {
        StringBuilder out = new StringBuilder(marked.length());
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c != Snippets.START && c != Snippets.STOP) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void mark(String marked, boolean[] into) {
        boolean inside = false;
        int at = 0;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == Snippets.START) {
                inside = true;
            } else if (c == Snippets.STOP) {
                inside = false;
            } else {
                into[at++] |= inside;
            }
        }
    }
}
