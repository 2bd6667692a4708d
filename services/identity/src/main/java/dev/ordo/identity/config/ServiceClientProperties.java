package dev.ordo.identity.config;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The services that may ask identity for a service token (OAuth 2.0 client credentials).
 *
 * @param serviceClients  {@code ordo.identity.service-clients.<client-id>=<secret>}; none by default, so no
 *                        service can call the directory until the operator gives it a secret
 * @param serviceTokenTtl lifetime of a service token
 */
@ConfigurationProperties("ordo.identity")
public record ServiceClientProperties(
        @DefaultValue Map<String, String> serviceClients,
        @DefaultValue("10m") Duration serviceTokenTtl) {}
