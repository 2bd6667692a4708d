package dev.ordo.gateway.ratelimit;

import java.time.Duration;

/**
 * The shared truth every gateway instance counts against: per key, a fixed window and how many requests
 * have been handed out in it. An instance does not ask for one request at a time but reserves a batch
 * ({@link BatchedRateLimiter}); what it is granted never takes the window's total beyond the limit.
 */
interface Windows {

    /**
     * Reserves up to {@code wanted} requests of {@code key}'s current window (opening one of {@code window}
     * if there is none).
     *
     * @throws RuntimeException when the shared store does not answer (the caller fails open)
     */
    Grant reserve(String key, int wanted, int limit, Duration window);

    /**
     * @param granted    how many of the wanted requests may be served: 0 once the window's limit is reached
     * @param counted    the window's count after this reservation (may exceed the limit: refused reservations count)
     * @param leftMillis how long the window still lasts
     */
    record Grant(int granted, long counted, long leftMillis) {}
}
