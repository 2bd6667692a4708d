package dev.ordo.platform.problems;

/** The caller is known but may not do this; 403. For objects the caller may not even see, use {@link NotFound}. */
public non-sealed class Forbidden extends DomainException {

    public static final String NAME = "forbidden";

    public Forbidden(String detail) {
        super(NAME, detail);
    }

    /** A forbidden problem a client tells apart by its own name. */
    public Forbidden(String problem, String detail) {
        super(problem, detail);
    }
}
