package dev.ordo.identity.ratelimit;

import java.time.Duration;

/** Whether an attempt may go ahead, and if not, how long until one may. */
public record Allowance(boolean allowed, Duration retryAfter) {

    static final Allowance ALLOWED = new Allowance(true, Duration.ZERO);

    static Allowance of(long count, int limit, long millisLeft) {
        return count <= limit ? ALLOWED : refused(millisLeft);
    }

    static Allowance refused(long millisLeft) {
        // whole seconds, rounded up: Retry-After must not invite a retry that is still refused
        return new Allowance(false, Duration.ofSeconds(Math.max(1, (millisLeft + 999) / 1000)));
    }
}
