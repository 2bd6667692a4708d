package dev.ordo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class CachingJwtDecoderTest {

    private final Instant now = Instant.parse("2026-11-21T12:00:00Z");
    private final AtomicInteger verifications = new AtomicInteger();

    private JwtDecoder verifier(Instant expiresAt) {
        return token -> {
            verifications.incrementAndGet();
            if (token.startsWith("bad")) {
                throw new BadJwtException("signature does not match");
            }
            return Jwt.withTokenValue(token)
                    .header("alg", "RS256")
                    .subject("u")
                    .issuedAt(now.minusSeconds(60))
                    .expiresAt(expiresAt)
                    .build();
        };
    }

    @Test
    void a_verified_token_is_not_verified_again_while_it_is_valid() {
        CachingJwtDecoder decoder = new CachingJwtDecoder(
                verifier(now.plusSeconds(600)), Clock.fixed(now, ZoneOffset.UTC), 100, Duration.ofMinutes(15));
        assertThat(decoder.decode("good").getSubject()).isEqualTo("u");
        assertThat(decoder.decode("good").getSubject()).isEqualTo("u");
        assertThat(verifications).hasValue(1);
    }

    @Test
    void a_token_past_its_expiry_is_verified_again() {
        CachingJwtDecoder decoder = new CachingJwtDecoder(
                verifier(now.minusSeconds(1)), Clock.fixed(now, ZoneOffset.UTC), 100, Duration.ofMinutes(15));
        decoder.decode("stale");
        decoder.decode("stale");
        assertThat(verifications).hasValue(2);
    }

    @Test
    void a_refused_token_is_refused_every_time() {
        CachingJwtDecoder decoder = new CachingJwtDecoder(
                verifier(now.plusSeconds(600)), Clock.fixed(now, ZoneOffset.UTC), 100, Duration.ofMinutes(15));
        assertThatThrownBy(() -> decoder.decode("bad-1")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("bad-1")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }
}
