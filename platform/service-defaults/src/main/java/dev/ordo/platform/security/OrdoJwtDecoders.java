package dev.ordo.platform.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.time.Clock;
import java.util.Collection;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The one place that says what a valid Ordo access token is: signed with RS256 (pinned; {@code none}
 * and HMAC are refused) by a key from identity's JWKS, from the right issuer, for the Ordo audience,
 * not expired.
 */
public final class OrdoJwtDecoders {

    public static final SignatureAlgorithm ALGORITHM = SignatureAlgorithm.RS256;

    private OrdoJwtDecoders() {}

    /**
     * For services: keys fetched from identity's JWKS URI and kept; an unknown kid fetches again at most
     * once per {@code ordo.security.jwks-refetch-interval} ({@link RefetchLimitedJwkSource}).
     */
    public static NimbusJwtDecoder fromJwksUri(OrdoSecurityProperties properties) {
        return fromJwkSource(
                new RefetchLimitedJwkSource(
                        properties.jwksUri(),
                        properties.jwksRefreshInterval(),
                        properties.jwksRefetchInterval(),
                        Clock.systemUTC()),
                properties);
    }

    /** For identity itself, which holds the keys. */
    public static NimbusJwtDecoder fromJwkSource(JWKSource<SecurityContext> keys, OrdoSecurityProperties properties) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier((claims, context) -> {
            // claims are checked by Spring's validators below
        });
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(validator(properties));
        return decoder;
    }

    public static OAuth2TokenValidator<Jwt> validator(OrdoSecurityProperties properties) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(properties.clockSkew());
        JwtClaimValidator<Object> expiryRequired = new JwtClaimValidator<>(JwtClaimNames.EXP, exp -> exp != null);
        JwtClaimValidator<Collection<String>> audience =
                new JwtClaimValidator<>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(properties.audience()));
        return new DelegatingOAuth2TokenValidator<>(
                timestamps, expiryRequired, new JwtIssuerValidator(properties.issuer()), audience);
    }
}
