package dev.ordo.tasks.query;

/**
 * A token of a filter query. Operators carry their position; a TEXT token (an atom such as
 * {@code #My Work} or {@code due before: Dec 5}) carries its text with escapes resolved, and for each of
 * its characters the offset it came from, so errors inside an atom still point into the original query.
 */
record FilterToken(Kind kind, int start, String text, int[] offsets) {

    enum Kind {
        AND,
        OR,
        NOT,
        OPEN,
        CLOSE,
        TEXT,
        END
    }

    static FilterToken operator(Kind kind, int start) {
        return new FilterToken(kind, start, null, null);
    }

    /** The query offset of character {@code i} of the text; {@code i == text.length()} is just past it. */
    int offset(int i) {
        return offsets[i];
    }

    String describe() {
        return switch (kind) {
            case AND -> "'&'";
            case OR -> "'|'";
            case NOT -> "'!'";
            case OPEN -> "'('";
            case CLOSE -> "')'";
            case TEXT -> "'" + text + "'";
            case END -> "the end of the query";
        };
    }
}
