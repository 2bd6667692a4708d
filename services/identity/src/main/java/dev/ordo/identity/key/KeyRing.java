package dev.ordo.identity.key;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.ordo.identity.config.IdentityProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * This instance's view of the signing keys: the one that signs and the public ones that verify. Read
 * from the table and kept for a short while, because another instance may rotate the keys at any time;
 * a token with an unknown {@code kid} triggers an early re-read.
 */
@Component
public class KeyRing implements JWKSource<SecurityContext> {

    /** Unknown kids come from forged or foreign tokens too: re-read the table at most this often for them. */
    private static final Duration MIN_RELOAD_GAP = Duration.ofSeconds(5);

    private final SigningKeys keys;
    private final KeyRotationPolicy policy;
    private final Duration reloadInterval;
    private final Clock clock;
    private volatile Snapshot snapshot;

    public KeyRing(SigningKeys keys, KeyRotationPolicy policy, IdentityProperties properties, Clock clock) {
        this.keys = keys;
        this.policy = policy;
        this.reloadInterval = properties.keys().reloadInterval();
        this.clock = clock;
    }

    /** The key new tokens are signed with. */
    public SigningKey signingKey() {
        SigningKey key = current().signing();
        if (key == null) {
            throw new IllegalStateException("no active signing key; the key rotation has not run");
        }
        return key;
    }

    /** The public keys every verifier needs: the signing one and those retired too recently to drop. */
    public JWKSet publicKeys() {
        return current().publicKeys();
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        Snapshot known = current();
        List<JWK> found = selector.select(known.publicKeys());
        if (found.isEmpty() && known.loadedAt().plus(MIN_RELOAD_GAP).isBefore(clock.instant())) {
            found = selector.select(reload().publicKeys());
        }
        return found;
    }

    /** Re-reads the table now; called after this instance rotated. */
    public synchronized Snapshot reload() {
        Instant now = clock.instant();
        List<SigningKey> published = keys.publishedSince(policy.publishedRetiredAfter(now));
        SigningKey signing =
                published.stream().filter(SigningKey::isActive).findFirst().orElse(null);
        List<JWK> publicKeys = published.stream()
                .map(SigningKey::publicJwk)
                .map(JWK.class::cast)
                .toList();
        snapshot = new Snapshot(signing, new JWKSet(publicKeys), now);
        return snapshot;
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        return isStale(known) ? reloadIfStale() : known;
    }

    /** Of many requests that find the snapshot stale at once, only the first reads the table. */
    private synchronized Snapshot reloadIfStale() {
        return isStale(snapshot) ? reload() : snapshot;
    }

    private boolean isStale(Snapshot known) {
        return known == null || known.loadedAt().plus(reloadInterval).isBefore(clock.instant());
    }

    public record Snapshot(SigningKey signing, JWKSet publicKeys, Instant loadedAt) {}
}
