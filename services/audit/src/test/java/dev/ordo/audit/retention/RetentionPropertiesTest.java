package dev.ordo.audit.retention;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetentionPropertiesTest {

    @Test
    void aRetentionShorterThanTheDayTheDatabaseInsistsOnIsRefusedAtStartup() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RetentionProperties(Duration.ofHours(23), "DAILY|03:30|UTC"))
                .withMessageContaining("at least 1d");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RetentionProperties(Duration.ofDays(-1), "DAILY|03:30|UTC"));
    }

    @Test
    void aDayIsEnough() {
        assertThatNoException().isThrownBy(() -> new RetentionProperties(Duration.ofDays(1), "DAILY|03:30|UTC"));
    }
}
