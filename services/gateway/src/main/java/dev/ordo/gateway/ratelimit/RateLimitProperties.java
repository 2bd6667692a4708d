package dev.ordo.gateway.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many requests a caller may make per window ({@code ordo.gateway.rate-limit.*}).
 *
 * @param enabled whether requests are counted at all
 * @param perUser requests per window for a caller with a valid token (counted by the token's subject)
 * @param perIp   requests per window for a caller without a token (counted by client address)
 * @param window  the length of a fixed window; the first request opens it
 */
@ConfigurationProperties("ordo.gateway.rate-limit")
public record RateLimitProperties(Boolean enabled, Integer perUser, Integer perIp, Duration window) {

    public RateLimitProperties {
        enabled = enabled == null ? Boolean.TRUE : enabled;
        perUser = perUser == null ? 600 : perUser;
        perIp = perIp == null ? 300 : perIp;
        window = window == null ? Duration.ofMinutes(1) : window;
        if (perUser < 1 || perIp < 1 || window.toMillis() < 1) {
            throw new IllegalArgumentException("rate limits and window must be positive");
        }
    }
}
