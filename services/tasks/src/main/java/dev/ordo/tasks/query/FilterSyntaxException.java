package dev.ordo.tasks.query;

/**
 * A filter query that does not parse. {@link #position()} is the 0-based character offset in the query
 * where the problem is; the message says it too ("expected a date after 'due before:' at position 12"),
 * so it can be shown to the user as is.
 */
public class FilterSyntaxException extends RuntimeException {

    private final int position;

    public FilterSyntaxException(String problem, int position) {
        this(problem, position, null);
    }

    /** A problem with a hint on how to fix it, appended in parentheses after the position. */
    public FilterSyntaxException(String problem, int position, String hint) {
        super(problem + " at position " + position + (hint == null ? "" : " (" + hint + ")"));
        this.position = position;
    }

    public int position() {
        return position;
    }
}
