package dev.ordo.identity.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.identity.config.LoginLimits;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlowdownScheduleTest {

    @Test
    void the_script_gets_every_wait_up_to_the_first_that_reaches_the_maximum_which_then_repeats() {
        LoginLimits limits = new LoginLimits(
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

        assertThat(LoginRateLimiter.schedule(limits))
                .containsExactly("1000", "2000", "4000", "8000", "16000", "32000", "60000");
    }
}
