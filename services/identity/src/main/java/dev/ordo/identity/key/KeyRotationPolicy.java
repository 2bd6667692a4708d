package dev.ordo.identity.key;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** When to make a new signing key, and how long a retired one stays in the JWKS. */
public record KeyRotationPolicy(Duration rotationPeriod, Duration publishRetiredFor) {

    /** A new key is due when none signs, or when the one that signs has served its period. */
    public boolean needsNewKey(Optional<SigningKey> newestActive, Instant now) {
        return newestActive
                .map(key -> !key.createdAt().plus(rotationPeriod).isAfter(now))
                .orElse(true);
    }

    /** The earliest retirement time still published: tokens signed before it have all expired. */
    public Instant publishedRetiredAfter(Instant now) {
        return now.minus(publishRetiredFor);
    }

    public boolean isPublished(SigningKey key, Instant now) {
        return key.isActive() || key.retiredAt().isAfter(publishedRetiredAfter(now));
    }
}
