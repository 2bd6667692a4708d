package dev.ordo.identity.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ordo.identity.*}.
 *
 * @param accessTokenTtl  lifetime of an access token (JWT)
 * @param refreshTokenTtl lifetime of a refresh token; each rotation starts a new one
 */
@ConfigurationProperties("ordo.identity")
public record IdentityProperties(Duration accessTokenTtl, Duration refreshTokenTtl, Keys keys, Passwords passwords) {

    public IdentityProperties {
        accessTokenTtl = accessTokenTtl == null ? Duration.ofMinutes(15) : accessTokenTtl;
        refreshTokenTtl = refreshTokenTtl == null ? Duration.ofDays(30) : refreshTokenTtl;
        keys = keys == null ? new Keys(null, null, null) : keys;
        passwords = passwords == null ? new Passwords(null) : passwords;
    }

    /**
     * @param rotationPeriod a new signing key is made when the active one is older than this
     * @param checkInterval  how often a running instance checks whether a rotation is due
     * @param reloadInterval how often an instance re-reads the key table (it may have been rotated
     *                       by another instance)
     */
    public record Keys(Duration rotationPeriod, Duration checkInterval, Duration reloadInterval) {
        public Keys {
            rotationPeriod = rotationPeriod == null ? Duration.ofDays(30) : rotationPeriod;
            checkInterval = checkInterval == null ? Duration.ofHours(1) : checkInterval;
            reloadInterval = reloadInterval == null ? Duration.ofMinutes(1) : reloadInterval;
        }
    }

    /**
     * @param maxConcurrentHashes Argon2 takes 19 MiB and tens of milliseconds per hash: more at once
     *                            than this wait their turn instead of exhausting memory and CPU
     */
    public record Passwords(Integer maxConcurrentHashes) {
        public Passwords {
            maxConcurrentHashes = maxConcurrentHashes == null
                    ? Math.max(2, Runtime.getRuntime().availableProcessors())
                    : maxConcurrentHashes;
        }
    }
}
