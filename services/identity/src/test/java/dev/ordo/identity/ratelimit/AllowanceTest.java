package dev.ordo.identity.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AllowanceTest {

    @Test
    void attempts_up_to_the_limit_are_allowed() {
        assertThat(Allowance.of(5, 5, 10_000).allowed()).isTrue();
        assertThat(Allowance.of(6, 5, 10_000).allowed()).isFalse();
    }

    @Test
    void retry_after_is_the_rest_of_the_window_rounded_up_to_whole_seconds() {
        assertThat(Allowance.of(6, 5, 59_001).retryAfter()).isEqualTo(Duration.ofSeconds(60));
        assertThat(Allowance.of(6, 5, 59_000).retryAfter()).isEqualTo(Duration.ofSeconds(59));
        assertThat(Allowance.of(6, 5, 3).retryAfter()).isEqualTo(Duration.ofSeconds(1));
    }
}
