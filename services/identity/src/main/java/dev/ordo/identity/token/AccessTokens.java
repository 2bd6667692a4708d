package dev.ordo.identity.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.ordo.identity.config.IdentityProperties;
import dev.ordo.identity.key.KeyRing;
import dev.ordo.identity.key.SigningKey;
import dev.ordo.platform.security.Caller;
import dev.ordo.platform.security.OrdoSecurityProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Issues access tokens: RS256 JWTs signed with the current key, for the Ordo issuer and audience. */
@Component
public class AccessTokens {

    /** Boolean: the subject proved they own the {@code email} claim's address. */
    public static final String EMAIL_VERIFIED_CLAIM = "email_verified";

    private final KeyRing ring;
    private final OrdoSecurityProperties security;
    private final Duration ttl;
    private final Clock clock;

    public AccessTokens(KeyRing ring, OrdoSecurityProperties security, IdentityProperties properties, Clock clock) {
        this.ring = ring;
        this.security = security;
        this.ttl = properties.accessTokenTtl();
        this.clock = clock;
    }

    public AccessToken issue(TokenSubject subject) {
        SigningKey key = ring.signingKey();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(security.issuer())
                .audience(security.audience())
                .subject(subject.userId().toString())
                .claim("email", subject.email())
                .claim("name", subject.name())
                .claim(EMAIL_VERIFIED_CLAIM, subject.emailVerified())
                .claim(Caller.ROLES_CLAIM, subject.roles())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.kid())
                .type(JOSEObjectType.JWT)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(key.jwk()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign with key " + key.kid(), e);
        }
        return new AccessToken(jwt.serialize(), ttl);
    }
}
