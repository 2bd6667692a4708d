package dev.ordo.gateway.routing;

import dev.ordo.gateway.client.ClientAddresses;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.cloud.gateway.server.mvc.config.GatewayMvcProperties;
import org.springframework.cloud.gateway.server.mvc.handler.RestClientProxyExchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

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

    /**
     * The proxy's client (Apache HttpClient 5, pooled, {@code spring.http.clients.*}) without an
     * observation of its own: the request's one observation is the HTTP server's.
     */
    @Bean
    RestClientProxyExchange restClientProxyExchange(RestClient.Builder builder, GatewayMvcProperties properties) {
        return new RestClientProxyExchange(
                builder.observationRegistry(ObservationRegistry.NOOP).build(), properties);
    }

    @Bean
    BackendResponseHeaders backendResponseHeaders() {
        return new BackendResponseHeaders();
    }
}
