package dev.ordo.platform.problems;

/** There is no such object — or the caller may not know of it, which looks the same from outside; 404. */
public non-sealed class NotFound extends DomainException {

    public static final String NAME = "not-found";

    public NotFound(String detail) {
        super(NAME, detail);
    }

    /** A not-found problem a client tells apart by its own name. */
    public NotFound(String problem, String detail) {
        super(problem, detail);
    }
}
