package dev.ordo.platform.problems;

/** The caller could not be told who they are (no, a wrong or an expired credential); 401. */
public non-sealed class Unauthenticated extends DomainException {

    public static final String NAME = "unauthenticated";

    public Unauthenticated(String detail) {
        super(NAME, detail);
    }

    /** A unauthenticated problem a client tells apart by its own name. */
    public Unauthenticated(String problem, String detail) {
        super(problem, detail);
    }
}
