package dev.ordo.identity.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginLimitsTest {

    final LoginLimits limits = new LoginLimits(
            30,
            Duration.ofMinutes(1),
            5,
            Duration.ofMinutes(15),
            5,
            Duration.ofMinutes(15),
            Duration.ofSeconds(1),
            Duration.ofSeconds(60),
            Duration.ofDays(30),
            5);

    @Test
    void the_first_failures_from_unknown_addresses_cost_no_wait() {
        for (int failures = 0; failures <= 5; failures++) {
            assertThat(limits.slowdownAfter(failures)).isZero();
        }
    }

    @Test
    void after_them_the_wait_doubles_with_each_failure() {
        assertThat(limits.slowdownAfter(6)).isEqualTo(Duration.ofSeconds(1));
        assertThat(limits.slowdownAfter(7)).isEqualTo(Duration.ofSeconds(2));
        assertThat(limits.slowdownAfter(8)).isEqualTo(Duration.ofSeconds(4));
        assertThat(limits.slowdownAfter(11)).isEqualTo(Duration.ofSeconds(32));
    }

    @Test
    void the_wait_never_exceeds_its_maximum_however_long_the_attack_so_the_slowdown_never_becomes_a_lock() {
        assertThat(limits.slowdownAfter(12)).isEqualTo(Duration.ofSeconds(60));
        assertThat(limits.slowdownAfter(1_000_000)).isEqualTo(Duration.ofSeconds(60));
        assertThat(limits.slowdownAfter(Long.MAX_VALUE)).isEqualTo(Duration.ofSeconds(60));
    }
}
