package dev.ordo.platform.problems;

/** What the client sent breaks a rule (a value, a combination, a reference to nothing it may use); 400. */
public non-sealed class InvalidInput extends DomainException {

    public static final String NAME = "invalid-input";

    public InvalidInput(String detail) {
        super(NAME, detail);
    }

    /** A invalid-input problem a client tells apart by its own name. */
    public InvalidInput(String problem, String detail) {
        super(problem, detail);
    }
}
