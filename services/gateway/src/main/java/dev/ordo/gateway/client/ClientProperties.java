package dev.ordo.gateway.client;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param trustedProxies a regular expression for the addresses of proxies in front of the gateway (a
 *                       load balancer, an ingress) whose X-Forwarded-For may be believed; empty (the
 *                       default) when clients reach the gateway directly
 */
@ConfigurationProperties("ordo.gateway.client")
public record ClientProperties(String trustedProxies) {

    public ClientProperties {
        trustedProxies = trustedProxies == null ? "" : trustedProxies.strip();
    }
}
