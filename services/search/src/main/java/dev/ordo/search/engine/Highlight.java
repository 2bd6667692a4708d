package dev.ordo.search.engine;

/**
 * Where a hit matched: a snippet of one field, HTML-escaped, with the matched words in {@code <mark>…</mark>}.
 *
 * @param field {@value #TITLE}, {@value #CONTEXT} (labels, section or project name) or {@value #BODY} (a task's or
 *              event's description, a comment's text)
 */
public record Highlight(String field, String snippet) {

    public static final String TITLE = "title";
    public static final String CONTEXT = "context";
    public static final String BODY = "body";
}
