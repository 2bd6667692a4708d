package dev.ordo.identity.clients;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.ordo.identity.config.ServiceClientProperties;
import dev.ordo.identity.key.KeyRing;
import dev.ordo.identity.key.SigningKey;
import dev.ordo.platform.security.OrdoJwtDecoders;
import dev.ordo.platform.security.OrdoSecurityProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Tokens for services (OAuth 2.0 client credentials): RS256 JWTs signed with identity's current key, for the
 * audience {@value #AUDIENCE} only (every user-facing verifier wants {@code ordo-api}, so a service token opens
 * nothing there), with {@code client_id} and a space-separated {@code scope} (the claims of RFC 9068; the
 * header keeps {@code typ: JWT}, which is what the shared verifier accepts). No user is named: {@code sub} is
 * the client id.
 */
@Component
public class ServiceTokens {

    public static final String AUDIENCE = "ordo-directory";
    public static final String DIRECTORY_SCOPE = "directory";
    /** Every scope a service client may ask for. */
    public static final List<String> SCOPES = List.of(DIRECTORY_SCOPE);

    private final KeyRing ring;
    private final String issuer;
    private final Duration ttl;
    private final Clock clock;
    private final NimbusJwtDecoder decoder;

    public ServiceTokens(
            KeyRing ring, OrdoSecurityProperties security, ServiceClientProperties properties, Clock clock) {
        this.ring = ring;
        this.issuer = security.issuer();
        this.ttl = properties.serviceTokenTtl();
        this.clock = clock;
        // the rules of user tokens (RS256, one of identity's keys, issuer, expiry), but this audience
        this.decoder = OrdoJwtDecoders.fromJwkSource(
                ring,
                new OrdoSecurityProperties(
                        security.issuer(), AUDIENCE, security.jwksUri(), security.clockSkew(), security.publicPaths()));
    }

    public Issued issue(String clientId, List<String> scopes) {
        SigningKey key = ring.signingKey();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(AUDIENCE)
                .subject(clientId)
                .claim("client_id", clientId)
                .claim("scope", String.join(" ", scopes))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.kid())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims);
        try {
            jwt.sign(new RSASSASigner(key.jwk()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign with key " + key.kid(), e);
        }
        return new Issued(jwt.serialize(), ttl, String.join(" ", scopes));
    }

    /**
     * A valid service token, or an exception: {@link org.springframework.security.oauth2.jwt.BadJwtException}
     * when it is not one (a user token included), another {@link JwtException} when it cannot be checked now.
     */
    public Jwt verify(String token) {
        Jwt jwt = decoder.decode(token);
        if (jwt.getClaimAsString("client_id") == null) {
            throw new org.springframework.security.oauth2.jwt.BadJwtException("not a service token: no client_id");
        }
        return jwt;
    }

    /** Whether a verified service token grants {@code scope}. */
    public static boolean grants(Jwt jwt, String scope) {
        String scopes = jwt.getClaimAsString("scope");
        return scopes != null && List.of(scopes.split(" ")).contains(scope);
    }

    public record Issued(String value, Duration expiresIn, String scope) {
        @Override
        public String toString() {
            return "Issued[scope=" + scope + ", expiresIn=" + expiresIn + "]";
        }
    }
}
