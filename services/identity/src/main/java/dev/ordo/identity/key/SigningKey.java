package dev.ordo.identity.key;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Instant;

/**
 * An RSA key pair that signs access tokens, known to clients by its {@code kid}.
 *
 * @param retiredAt when a newer key took over signing, or {@code null} while this one signs
 */
public record SigningKey(String kid, RSAKey jwk, Instant createdAt, Instant retiredAt) {

    public boolean isActive() {
        return retiredAt == null;
    }

    /** What the JWKS publishes: the public half only. */
    public RSAKey publicJwk() {
        return jwk.toPublicJWK();
    }

    /** The private key must never reach a log line. */
    @Override
    public String toString() {
        return "SigningKey[kid=" + kid + ", createdAt=" + createdAt + ", retiredAt=" + retiredAt + "]";
    }
}
