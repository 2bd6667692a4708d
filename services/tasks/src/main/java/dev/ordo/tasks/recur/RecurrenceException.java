package dev.ordo.tasks.recur;

/**
 * A recurrence that cannot be: {@link #INVALID} (a rule that does not parse, ends before it starts or has no
 * occurrence) or {@link #TOO_MANY} (more occurrences than {@link Recurrence#MAX_COUNT} asked for). The web
 * edge answers 400 with the name (docs/api/problems.md).
 */
public class RecurrenceException extends RuntimeException {

    public static final String INVALID = "invalid-recurrence";
    public static final String TOO_MANY = "too-many-occurrences";

    private final String name;

    public RecurrenceException(String name, String message) {
        super(message);
        this.name = name;
    }

    public static RecurrenceException invalid(String message) {
        return new RecurrenceException(INVALID, message);
    }

    public String name() {
        return name;
    }
}
