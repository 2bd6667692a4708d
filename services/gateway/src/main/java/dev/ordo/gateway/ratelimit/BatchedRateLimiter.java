package dev.ordo.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fixed windows shared by every gateway instance ({@link Windows}, Redis), decided locally: an instance
 * reserves requests of a caller's window in batches and serves them from memory, and once the shared
 * window says no more it refuses that caller locally until the window ends. So a request under the limit
 * mostly, and a refused one always, costs a hash lookup here instead of a round trip to Redis.
 *
 * <ul>
 *   <li>Never more than the limit per window across all instances: Redis hands out each request once.
 *   <li>A batch starts at one request and doubles with each reservation of the same window, capped at a
 *       twentieth of the limit and at a quarter of what the window has left, so the last requests of a
 *       window go one at a time. Requests an instance reserved but did not serve by the window's end are
 *       lost to the caller: with N instances a busy caller can be refused up to N batches early.
 *   <li>A key's local state lasts until its window ends (the window's length as Redis reported it); the
 *       next request after that asks Redis again and opens the next window.
 *   <li>Fails open: when Redis does not answer, the request passes, a warning is logged, and Redis is
 *       left alone for a pause; what is known locally (reserved requests, a refusal) still holds.
 * </ul>
 */
public class BatchedRateLimiter implements RateLimiter {

    private static final Logger log = LoggerFactory.getLogger(BatchedRateLimiter.class);

    /** At most this share of the limit is reserved at once (1/20: 30 of the default 600 per user). */
    static final int BATCH_SHARE = 20;

    private final Windows windows;
    private final Duration pauseAfterFailure;
    private final Clock clock;
    private final Cache<String, Window> local;
    private volatile long pausedUntilMillis;

    /**
     * @param maximumKeys how many callers' windows are kept in memory (the least recently used go first; a
     *     forgotten caller's next request asks Redis again)
     * @param forgetAfter a caller not seen for this long is forgotten (its window has ended by then)
     */
    BatchedRateLimiter(
            Windows windows, Duration pauseAfterFailure, Clock clock, long maximumKeys, Duration forgetAfter) {
        this.windows = windows;
        this.pauseAfterFailure = pauseAfterFailure;
        this.clock = clock;
        this.local = Caffeine.newBuilder()
                .maximumSize(maximumKeys)
                .expireAfterAccess(forgetAfter)
                .build();
    }

    @Override
    public Decision acquire(String key, int limit, Duration window) {
        Window state = local.get(key, k -> new Window());
        synchronized (state) {
            long now = clock.millis();
            if (now >= state.endsAtMillis) {
                state.open();
            }
            if (state.refused) {
                return Decision.refused(Duration.ofMillis(state.endsAtMillis - now));
            }
            if (state.permits > 0) {
                state.permits--;
                return Decision.ALLOWED;
            }
            if (now < pausedUntilMillis) {
                return Decision.ALLOWED;
            }
            Windows.Grant grant;
            try {
                grant = windows.reserve(key, Math.min(state.batch, limit), limit, window);
            } catch (RuntimeException e) {
                pausedUntilMillis = clock.millis() + pauseAfterFailure.toMillis();
                log.warn(
                        "Redis did not answer the rate limiter; letting requests through for the next {}: {}",
                        pauseAfterFailure,
                        e.toString());
                return Decision.ALLOWED;
            }
            state.endsAtMillis = now + grant.leftMillis();
            if (grant.granted() == 0) {
                state.refused = true;
                return Decision.refused(Duration.ofMillis(grant.leftMillis()));
            }
            state.permits = grant.granted() - 1;
            state.batch = nextBatch(state.batch, grant.counted(), limit);
            return Decision.ALLOWED;
        }
    }

    /**
     * Forgets what this instance knows of every window (requests reserved here are lost, a refusal is asked
     * again): for tests, or after Redis' counters were changed by hand.
     */
    public void forget() {
        local.invalidateAll();
    }

    /** Twice the last batch, at most a twentieth of the limit and a quarter of what the window has left. */
    static int nextBatch(int last, long counted, int limit) {
        long left = limit - counted;
        long cap = Math.min(limit / BATCH_SHARE, left / 4);
        return (int) Math.max(1, Math.min(2L * last, cap));
    }

    /** One key's window as this instance knows it; guarded by its own monitor. */
    private static final class Window {
        long endsAtMillis;
        int permits;
        int batch = 1;
        boolean refused;

        void open() {
            endsAtMillis = Long.MAX_VALUE;
            permits = 0;
            batch = 1;
            refused = false;
        }
    }
}
