package dev.ordo.platform.problems;

/** The request is fine but the current state does not allow it (a duplicate name, a move into its own subtree); 409. */
public non-sealed class Conflict extends DomainException {

    public static final String NAME = "conflict";

    public Conflict(String detail) {
        super(NAME, detail);
    }

    /** A conflict problem a client tells apart by its own name. */
    public Conflict(String problem, String detail) {
        super(problem, detail);
    }
}
