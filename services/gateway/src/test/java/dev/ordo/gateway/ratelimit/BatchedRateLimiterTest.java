package dev.ordo.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The local side of the rate limit, against a shared window in memory that counts how often it is asked. */
class BatchedRateLimiterTest {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now.get());
        }
    };
    private final CountingWindows shared = new CountingWindows();
    private final BatchedRateLimiter limiter =
            new BatchedRateLimiter(shared, Duration.ofSeconds(5), clock, 1000, WINDOW);

    @Test
    void aRefusedCallerIsRefusedLocallyWithoutAskingRedisAgainUntilTheWindowEnds() {
        assertThat(limiter.acquire("user:a", 2, WINDOW).allowed()).isTrue();
        assertThat(limiter.acquire("user:a", 2, WINDOW).allowed()).isTrue();
        RateLimiter.Decision refused = limiter.acquire("user:a", 2, WINDOW);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(WINDOW);
        long asked = shared.asked;

        now.addAndGet(20_000);
        for (int i = 0; i < 1000; i++) {
            assertThat(limiter.acquire("user:a", 2, WINDOW).allowed()).isFalse();
        }

        assertThat(shared.asked).as("never asked again").isEqualTo(asked);
        assertThat(limiter.acquire("user:a", 2, WINDOW).retryAfter()).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void aCallerUnderTheLimitIsServedFromReservedBatchesNotOneRoundTripEach() {
        int served = 0;
        for (int i = 0; i < 600; i++) {
            if (limiter.acquire("user:b", 600, WINDOW).allowed()) {
                served++;
            }
        }

        assertThat(served).isEqualTo(600);
        assertThat(limiter.acquire("user:b", 600, WINDOW).allowed()).isFalse();
        assertThat(shared.asked).as("round trips to Redis for 601 requests").isLessThan(60);
        assertThat(shared.counted("user:b"))
                .as("the refused reservation counts too")
                .isGreaterThan(600);
    }

    @Test
    void theNextWindowStartsAfreshWithAnotherRoundTrip() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("ip:c", 2, WINDOW);
        }
        assertThat(limiter.acquire("ip:c", 2, WINDOW).allowed()).isFalse();

        now.addAndGet(WINDOW.toMillis());
        shared.reset();

        assertThat(limiter.acquire("ip:c", 2, WINDOW).allowed()).isTrue();
        assertThat(shared.asked).isEqualTo(1);
    }

    @Test
    void keysAreCountedApart() {
        limiter.acquire("user:d", 1, WINDOW);
        assertThat(limiter.acquire("user:d", 1, WINDOW).allowed()).isFalse();
        assertThat(limiter.acquire("user:e", 1, WINDOW).allowed()).isTrue();
    }

    @Test
    void failsOpenWhileRedisDoesNotAnswerButKeepsWhatItKnows() {
        limiter.acquire("user:f", 1, WINDOW);
        assertThat(limiter.acquire("user:f", 1, WINDOW).allowed()).isFalse();
        shared.down = true;

        assertThat(limiter.acquire("user:g", 1, WINDOW).allowed()).isTrue();
        long asked = shared.asked;
        assertThat(limiter.acquire("user:g", 1, WINDOW).allowed()).isTrue();
        assertThat(shared.asked).as("left alone during the pause").isEqualTo(asked);
        assertThat(limiter.acquire("user:f", 1, WINDOW).allowed())
                .as("still refused")
                .isFalse();
    }

    @Test
    void batchesDoubleUpToATwentiethOfTheLimitAndShrinkNearIt() {
        assertThat(BatchedRateLimiter.nextBatch(1, 1, 600)).isEqualTo(2);
        assertThat(BatchedRateLimiter.nextBatch(16, 31, 600)).isEqualTo(30);
        assertThat(BatchedRateLimiter.nextBatch(30, 580, 600)).isEqualTo(5);
        assertThat(BatchedRateLimiter.nextBatch(30, 599, 600)).isEqualTo(1);
        assertThat(BatchedRateLimiter.nextBatch(1, 1, 3)).isEqualTo(1);
    }

    /** Fixed windows in memory, like Redis' script, their expiry on the test's clock. */
    private final class CountingWindows implements Windows {
        final Map<String, long[]> windows = new HashMap<>(); // key -> {counted, endsAt}
        long asked;
        boolean down;

        @Override
        public Grant reserve(String key, int wanted, int limit, Duration window) {
            if (down) {
                throw new IllegalStateException("Redis is down");
            }
            asked++;
            long[] state = windows.compute(
                    key,
                    (k, old) ->
                            old == null || old[1] <= now.get() ? new long[] {0, now.get() + window.toMillis()} : old);
            state[0] += wanted;
            long granted = Math.max(0, Math.min(wanted, limit - (state[0] - wanted)));
            return new Grant((int) granted, state[0], state[1] - now.get());
        }

        long counted(String key) {
            return windows.get(key)[0];
        }

        void reset() {
            asked = 0;
        }
    }
}
