package dev.ordo.tasks.quickadd;

/** A quick-add line that cannot make a task; {@link #position()} is a 0-based offset into the text. */
public class QuickAddSyntaxException extends RuntimeException {

    private final int position;
    private final String problem;

    public QuickAddSyntaxException(String problem, int position) {
        super(problem + " at position " + position);
        this.position = position;
        this.problem = problem;
    }

    /** The problem, without its position. */
    public String problem() {
        return problem;
    }

    public int position() {
        return position;
    }
}
