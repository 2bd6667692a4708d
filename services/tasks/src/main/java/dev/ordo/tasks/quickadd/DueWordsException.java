package dev.ordo.tasks.quickadd;

/** A due's {@code string} that is not a date, time or recurrence in words; {@link #position()} as for quick add. */
public class DueWordsException extends QuickAddSyntaxException {

    public DueWordsException(String problem, int position) {
        super(problem, position);
    }
}
