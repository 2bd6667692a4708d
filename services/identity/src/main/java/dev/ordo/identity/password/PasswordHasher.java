package dev.ordo.identity.password;

import dev.ordo.identity.config.IdentityProperties;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Argon2id password hashes at OWASP's minimum (19 MiB, 2 iterations, one lane). On virtual threads nothing
 * bounds how many requests hash at once, so this does: a burst of logins waits for a permit instead of
 * allocating 19 MiB each. Hashes made with weaker parameters (Ordo used 16 MiB before) are replaced at the
 * next successful sign-in.
 */
@Component
public class PasswordHasher {

    private static final Logger log = LoggerFactory.getLogger(PasswordHasher.class);

    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    static final int PARALLELISM = 1;
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;

    private final Argon2PasswordEncoder encoder =
            new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS);
    private final PasswordPolicy policy;
    private final PasswordHashes hashes;
    private final Semaphore permits;
    /** Checked against for unknown accounts, so timing does not tell which addresses have one. */
    private final String decoy;

    @Autowired
    public PasswordHasher(PasswordPolicy policy, PasswordHashes hashes, IdentityProperties properties) {
        this(policy, hashes, properties.passwords().maxConcurrentHashes());
    }

    PasswordHasher(PasswordPolicy policy, PasswordHashes hashes, int maxConcurrentHashes) {
        this.policy = policy;
        this.hashes = hashes;
        this.permits = new Semaphore(maxConcurrentHashes, true);
        this.decoy = encoder.encode(UUID.randomUUID().toString());
    }

    /**
     * Hashes a password that is about to be set (registration, change, reset). It must satisfy the
     * {@link PasswordPolicy} first, so no code path can store a weak one.
     *
     * @throws WeakPassword naming the rule the password breaks
     */
    public String hash(String newPassword) {
        policy.check(newPassword);
        return withPermit(() -> encoder.encode(newPassword));
    }

    public boolean matches(String rawPassword, String hash) {
        return withPermit(() -> encoder.matches(rawPassword, hash));
    }

    /** Costs what {@link #matches} costs, and always fails. */
    public boolean matchesNothing(String rawPassword) {
        matches(rawPassword, decoy);
        return false;
    }

    /**
     * After {@code rawPassword} matched {@code storedHash}: replaces a hash made with weaker parameters than
     * today's. The old password is kept even if today's policy would refuse it (the owner is told nothing
     * here); only its hash gets stronger. A concurrent password change wins over the rehash.
     */
    public void upgradeIfOutdated(UUID userId, String rawPassword, String storedHash) {
        if (!encoder.upgradeEncoding(storedHash)) {
            return;
        }
        String stronger = withPermit(() -> encoder.encode(rawPassword));
        if (hashes.replace(userId, storedHash, stronger)) {
            log.info("Password hash of user {} upgraded to Argon2id m={}KiB t={}", userId, MEMORY_KIB, ITERATIONS);
        }
    }

    /** Whether a stored hash was made with weaker parameters than new ones get. */
    public boolean isOutdated(String storedHash) {
        return encoder.upgradeEncoding(storedHash);
    }

    private <T> T withPermit(Supplier<T> work) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to hash a password", e);
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
