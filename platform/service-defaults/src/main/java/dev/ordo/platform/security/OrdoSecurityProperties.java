package dev.ordo.platform.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * How a service checks identity's tokens ({@code ordo.security.*}).
 *
 * @param issuer               the {@code iss} every token must carry
 * @param audience             the {@code aud} every token must contain
 * @param jwksUri              where identity publishes its public keys
 * @param clockSkew            tolerated clock difference on {@code exp}/{@code nbf}
 * @param publicPaths          paths (Ant patterns) that need no token
 * @param jwksRefreshInterval  how long fetched keys are used before they are fetched again (default 5m)
 * @param jwksRefetchInterval  the shortest time between two fetches of the JWKS, however many tokens with an
 *                             unknown {@code kid} arrive (default 30s)
 */
@ConfigurationProperties("ordo.security")
public record OrdoSecurityProperties(
        String issuer,
        String audience,
        String jwksUri,
        Duration clockSkew,
        List<String> publicPaths,
        Duration jwksRefreshInterval,
        Duration jwksRefetchInterval) {

    @ConstructorBinding
    public OrdoSecurityProperties {
        issuer = issuer == null ? "ordo-identity" : issuer;
        audience = audience == null ? "ordo-api" : audience;
        jwksUri = jwksUri == null ? "http://127.0.0.1:8081/.well-known/jwks.json" : jwksUri;
        clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
        publicPaths = publicPaths == null ? new ArrayList<>() : List.copyOf(publicPaths);
        jwksRefreshInterval = jwksRefreshInterval == null ? Duration.ofMinutes(5) : jwksRefreshInterval;
        jwksRefetchInterval = jwksRefetchInterval == null ? Duration.ofSeconds(30) : jwksRefetchInterval;
    }

    public OrdoSecurityProperties(
            String issuer, String audience, String jwksUri, Duration clockSkew, List<String> publicPaths) {
        this(issuer, audience, jwksUri, clockSkew, publicPaths, null, null);
    }
}
