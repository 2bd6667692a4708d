package dev.ordo.gateway.routing;

import dev.ordo.gateway.client.ClientAddresses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The routes themselves are configuration only ({@code spring.cloud.gateway.server.webmvc.routes-map}
 * in application.yml); this adds what every route does, so a new route needs nothing but its lines.
 */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    @Bean
    ProxiedRequestHeaders proxiedRequestHeaders(ClientAddresses clients) {
        return new ProxiedRequestHeaders(clients);
    }

    @Bean
    BackendResponseHeaders backendResponseHeaders() {
        return new BackendResponseHeaders();
    }
}
