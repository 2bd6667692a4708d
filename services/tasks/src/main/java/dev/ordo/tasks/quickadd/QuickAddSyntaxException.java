package dev.ordo.tasks.quickadd;

/** A quick-add line that cannot make a task; {@link #position()} is a 0-based offset into the text. */
public class QuickAddSyntaxException extends RuntimeException {

    private final int position;

    public QuickAddSyntaxException(String problem, int position) {
        super(problem + " at position " + position);
        this.position = position;
    }

    public int position() {
        return position;
    }
}
