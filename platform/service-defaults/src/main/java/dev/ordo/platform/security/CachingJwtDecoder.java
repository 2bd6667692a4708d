package dev.ordo.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers tokens it has already verified, until they expire: a client sends the same access token on
 * every request for up to 15 minutes, and checking its RSA signature each time is the largest cost of
 * authenticating a request. Only tokens that passed every check are remembered; an expired one is
 * checked again (and refused).
 */
public class CachingJwtDecoder implements JwtDecoder {

    private final JwtDecoder delegate;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    public CachingJwtDecoder(JwtDecoder delegate, Clock clock, long maximumSize, Duration maximumAge) {
        this.delegate = delegate;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfterWrite(maximumAge)
                .build();
    }

    /**
     * Whether this exact token was verified before and has not expired: a caller holding one is known
     * without any cryptography (the gateway counts everyone else by address before verifying).
     */
    public boolean isVerified(String token) {
        Jwt known = verified.getIfPresent(token);
        return known != null
                && known.getExpiresAt() != null
                && known.getExpiresAt().isAfter(clock.instant());
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        Instant now = clock.instant();
        if (known != null
                && known.getExpiresAt() != null
                && known.getExpiresAt().isAfter(now)) {
            return known;
        }
        Jwt jwt = delegate.decode(token);
        verified.put(token, jwt);
        return jwt;
    }
}
