package dev.ordo.gateway.ratelimit;

import java.time.Duration;

/** Counts requests per key in fixed windows. */
public interface RateLimiter {

    /** Counts one request for {@code key}; says whether it is within {@code limit} for the current window. */
    Decision acquire(String key, int limit, Duration window);

    /** @param retryAfter when refused: how long until the window resets; zero when allowed */
    record Decision(boolean allowed, Duration retryAfter) {

        static final Decision ALLOWED = new Decision(true, Duration.ZERO);

        static Decision refused(Duration retryAfter) {
            return new Decision(false, retryAfter);
        }
    }
}
