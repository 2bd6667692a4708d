package dev.ordo.identity.key;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyRotationPolicyTest {

    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    final KeyRotationPolicy policy = new KeyRotationPolicy(Duration.ofDays(30), Duration.ofMinutes(16));

    @Test
    void a_new_key_is_due_when_none_signs() {
        assertThat(policy.needsNewKey(Optional.empty(), NOW)).isTrue();
    }

    @Test
    void a_new_key_is_due_once_the_signing_key_has_served_its_period() {
        assertThat(policy.needsNewKey(Optional.of(key(NOW.minus(Duration.ofDays(29)), null)), NOW))
                .isFalse();
        assertThat(policy.needsNewKey(Optional.of(key(NOW.minus(Duration.ofDays(30)), null)), NOW))
                .isTrue();
    }

    @Test
    void a_retired_key_is_published_until_its_last_tokens_have_expired() {
        assertThat(policy.isPublished(key(NOW.minus(Duration.ofDays(40)), null), NOW))
                .isTrue();
        assertThat(policy.isPublished(key(NOW.minus(Duration.ofDays(40)), NOW.minus(Duration.ofMinutes(15))), NOW))
                .isTrue();
        assertThat(policy.isPublished(key(NOW.minus(Duration.ofDays(40)), NOW.minus(Duration.ofMinutes(17))), NOW))
                .isFalse();
    }

    private static SigningKey key(Instant createdAt, Instant retiredAt) {
        return new SigningKey("kid", null, createdAt, retiredAt);
    }
}
