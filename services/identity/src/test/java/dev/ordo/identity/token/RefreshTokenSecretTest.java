package dev.ordo.identity.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RefreshTokenSecretTest {

    @Test
    void a_refresh_token_is_256_random_bits_in_base64url() {
        String token = RefreshTokenSecret.generate();

        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(RefreshTokenSecret.looksValid(token)).isTrue();
    }

    @Test
    void no_two_refresh_tokens_are_alike() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(RefreshTokenSecret.generate());
        }
        assertThat(tokens).hasSize(1000);
    }

    @Test
    void only_the_sha256_of_a_token_is_kept() {
        String token = RefreshTokenSecret.generate();

        assertThat(RefreshTokenSecret.hash(token))
                .matches("[0-9a-f]{64}")
                .isEqualTo(RefreshTokenSecret.hash(token))
                .doesNotContain(token);
    }

    @Test
    void strings_of_another_shape_are_never_looked_up() {
        assertThat(RefreshTokenSecret.looksValid(null)).isFalse();
        assertThat(RefreshTokenSecret.looksValid("short")).isFalse();
        assertThat(RefreshTokenSecret.looksValid("*".repeat(43))).isFalse();
    }
}
