package dev.ordo.identity.password;

import dev.ordo.identity.config.IdentityProperties;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Argon2id password hashes (Spring Security's 5.8 defaults: 16 MiB, 2 iterations, one lane — modest
 * enough for a small machine). On virtual threads nothing bounds how many requests hash at once, so
 * this does: a burst of logins waits for a permit instead of allocating 16 MiB each.
 */
@Component
public class PasswordHasher {

    private final Argon2PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    private final Semaphore permits;
    /** Checked against for unknown accounts, so timing does not tell which addresses have one. */
    private final String decoy;

    public PasswordHasher(IdentityProperties properties) {
        this.permits = new Semaphore(properties.passwords().maxConcurrentHashes(), true);
        this.decoy = encoder.encode(UUID.randomUUID().toString());
    }

    public String hash(String rawPassword) {
        return withPermit(() -> encoder.encode(rawPassword));
    }

    public boolean matches(String rawPassword, String hash) {
        return withPermit(() -> encoder.matches(rawPassword, hash));
    }

    /** Costs what {@link #matches} costs, and always fails. */
    public boolean matchesNothing(String rawPassword) {
        matches(rawPassword, decoy);
        return false;
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
