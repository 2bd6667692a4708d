package dev.ordo.identity.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code ordo.identity.*}.
 *
 * @param accessTokenTtl  lifetime of an access token (JWT)
 * @param refreshTokenTtl lifetime of a refresh token; each rotation starts a new one
 */
@ConfigurationProperties("ordo.identity")
public record IdentityProperties(Duration accessTokenTtl, Duration refreshTokenTtl,
                                 Keys keys, LoginRateLimit loginRateLimit, Passwords passwords) {

    public IdentityProperties {
        accessTokenTtl = accessTokenTtl == null ? Duration.ofMinutes(15) : accessTokenTtl;
        refreshTokenTtl = refreshTokenTtl == null ? Duration.ofDays(30) : refreshTokenTtl;
        keys = keys == null ? new Keys(null, null, null) : keys;
        loginRateLimit = loginRateLimit == null ? new LoginRateLimit(null, null, null, null) : loginRateLimit;
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
     * @param ipAttempts      login attempts one client address may make per {@code ipWindow}
     * @param accountFailures failed logins one account may have per {@code accountWindow}
     */
    public record LoginRateLimit(Integer ipAttempts, Duration ipWindow, Integer accountFailures,
                                 Duration accountWindow) {
        public LoginRateLimit {
            ipAttempts = ipAttempts == null ? 30 : ipAttempts;
            ipWindow = ipWindow == null ? Duration.ofMinutes(1) : ipWindow;
            accountFailures = accountFailures == null ? 5 : accountFailures;
            accountWindow = accountWindow == null ? Duration.ofMinutes(15) : accountWindow;
        }
    }

    /**
     * @param maxConcurrentHashes Argon2 takes 16 MiB and tens of milliseconds per hash: more at once
     *                            than this wait their turn instead of exhausting memory and CPU
     */
    public record Passwords(Integer maxConcurrentHashes) {
        public Passwords {
            maxConcurrentHashes = maxConcurrentHashes == null
                    ? Math.max(2, Runtime.getRuntime().availableProcessors()) : maxConcurrentHashes;
        }
    }
}
