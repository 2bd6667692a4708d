package dev.ordo.platform.problems;

import java.time.Duration;

/** The caller asked too often; it may try again after {@link #retryAfter()}; 429 with Retry-After. */
public non-sealed class RateLimited extends DomainException {

    public static final String NAME = "rate-limited";

    private final Duration retryAfter;

    public RateLimited(Duration retryAfter) {
        this(NAME, "Too many requests; retry later.", retryAfter);
    }

    public RateLimited(String problem, String detail, Duration retryAfter) {
        super(problem, detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
