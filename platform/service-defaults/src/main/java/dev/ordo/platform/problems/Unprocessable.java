package dev.ordo.platform.problems;

/** The request is understood but contradicts an earlier one (an Idempotency-Key reused for another body); 422. */
public non-sealed class Unprocessable extends DomainException {

    public static final String NAME = "unprocessable";

    public Unprocessable(String detail) {
        super(NAME, detail);
    }

    /** A unprocessable problem a client tells apart by its own name. */
    public Unprocessable(String problem, String detail) {
        super(problem, detail);
    }
}
