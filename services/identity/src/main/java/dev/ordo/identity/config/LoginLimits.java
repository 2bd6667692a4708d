package dev.ordo.identity.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ordo.identity.login-rate-limit.*}: how hard password guessing is made. See the identity README,
 * "Passwords and login limits", for the policy these numbers feed.
 *
 * @param ipAttempts             login attempts one client address may make per {@code ipWindow}, whatever the account
 * @param addressFailures        failed attempts one client address may make on one account per {@code addressWindow}
 * @param accountFreeFailures    failures on one account from addresses it does not know before the slowdown starts
 * @param accountWindow          how long the account's failure count lives after its latest failure
 * @param slowdownBase           the first wait of the slowdown; each further failure doubles it
 * @param slowdownMax            the longest wait: the slowdown never becomes a lock
 * @param knownAddressTtl        how long an address that signed in to an account stays known to it
 * @param currentPasswordGuesses wrong current passwords one signed-in account may give per {@code addressWindow}
 */
@ConfigurationProperties("ordo.identity.login-rate-limit")
public record LoginLimits(
        @DefaultValue("30") int ipAttempts,
        @DefaultValue("1m") Duration ipWindow,
        @DefaultValue("5") int addressFailures,
        @DefaultValue("15m") Duration addressWindow,
        @DefaultValue("5") int accountFreeFailures,
        @DefaultValue("15m") Duration accountWindow,
        @DefaultValue("1s") Duration slowdownBase,
        @DefaultValue("60s") Duration slowdownMax,
        @DefaultValue("30d") Duration knownAddressTtl,
        @DefaultValue("5") int currentPasswordGuesses) {

    /**
     * The wait before the next attempt from an unknown address, once the account has had {@code failures}
     * of them: none up to {@code accountFreeFailures}, then {@code slowdownBase} doubling up to {@code slowdownMax}.
     */
    public Duration slowdownAfter(long failures) {
        long over = failures - accountFreeFailures;
        if (over <= 0) {
            return Duration.ZERO;
        }
        double millis = slowdownBase.toMillis() * Math.pow(2, Math.min(over - 1, 40));
        return Duration.ofMillis((long) Math.min(millis, slowdownMax.toMillis()));
    }
}
