package dev.ordo.identity.ratelimit;

import java.time.Duration;

/** Whether an attempt may go ahead, and if not, when the window that refuses it ends. */
public record Allowance(boolean allowed, Duration retryAfter) {

    static Allowance of(long count, int limit, long millisLeft) {
        // whole seconds, rounded up: Retry-After must not invite a retry that is still refused
        return count <= limit ? new Allowance(true, Duration.ZERO)
                : new Allowance(false, Duration.ofSeconds(Math.max(1, (millisLeft + 999) / 1000)));
    }
}
