package dev.ordo.gateway.cors;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which browser origins may call the API ({@code ordo.gateway.cors.*}). None by default: the web app is
 * served from the gateway's own origin. The {@code dev} profile (application-dev.yml) allows the Vite
 * dev server, http://localhost:5173.
 *
 * @param allowedOrigins   exact origins, e.g. http://localhost:5173
 * @param allowedHeaders   request headers a page may send
 * @param exposedHeaders   response headers a page may read
 * @param allowCredentials whether cookies may come along (the refresh token may live in one)
 * @param maxAge           how long a browser may cache a preflight answer
 */
@ConfigurationProperties("ordo.gateway.cors")
public record CorsProperties(
        List<String> allowedOrigins,
        List<String> allowedHeaders,
        List<String> exposedHeaders,
        Boolean allowCredentials,
        Duration maxAge) {

    public CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        allowedHeaders = allowedHeaders == null
                ? List.of("Authorization", "Content-Type", "X-Request-Id", "Idempotency-Key", "If-Match")
                : List.copyOf(allowedHeaders);
        exposedHeaders = exposedHeaders == null
                ? List.of("X-Request-Id", "Retry-After", "ETag", "Location")
                : List.copyOf(exposedHeaders);
        allowCredentials = allowCredentials == null ? Boolean.TRUE : allowCredentials;
        maxAge = maxAge == null ? Duration.ofHours(1) : maxAge;
    }
}
