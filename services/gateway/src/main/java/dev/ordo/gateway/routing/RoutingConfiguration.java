package dev.ordo.gateway.routing;

import dev.ordo.gateway.client.ClientAddresses;
import dev.ordo.platform.security.PathSet;
import dev.ordo.platform.servicetable.ServiceTable;
import dev.ordo.platform.web.ProblemResponseWriter;
import io.micrometer.observation.ObservationRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cloud.gateway.server.mvc.config.GatewayMvcProperties;
import org.springframework.cloud.gateway.server.mvc.handler.RestClientProxyExchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;

/**
 * The service-table routes: looked up in a tree of their segments ({@link ServiceRoutes}) by a handler
 * mapping ahead of every other ({@link ServiceRouteMapping}) and proxied by {@link ServiceProxy} with a
 * pooled Apache HttpClient 5 of their own. Routes added by configuration
 * ({@code spring.cloud.gateway.server.webmvc.routes-map}) still go through Spring Cloud Gateway, with the
 * same headers added and removed ({@link ProxiedRequestHeaders}, {@link BackendResponseHeaders}).
 */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    /** Connections kept per service: well above the requests one gateway has in flight to it at a time. */
    static final int CONNECTIONS_PER_SERVICE = 64;

    @Bean
    ServiceRoutes serviceRoutes(Environment environment) {
        return new ServiceRoutes(
                ServiceTable.bundled().routes(),
                service -> HttpHost.create(
                        URI.create(environment.getRequiredProperty("ordo.services." + service + ".url"))));
    }

    /**
     * The service-table routes' client: pooled and kept alive, {@code spring.http.clients.connect-timeout}
     * (502 beyond it) and {@code read-timeout} (504 beyond it); no redirects followed, no cookies kept, no
     * bodies decompressed, so what the service answers is what the client gets.
     */
    @Bean(destroyMethod = "close")
    CloseableHttpClient serviceHttpClient(
            @Value("${spring.http.clients.connect-timeout:2s}") Duration connectTimeout,
            @Value("${spring.http.clients.read-timeout:30s}") Duration readTimeout) {
        return client(connectTimeout, readTimeout);
    }

    /**
     * The client of long-lived answers ({@code ordo.gateway.streams.paths}, server-sent events): like the other, but
     * allowing {@code ordo.gateway.streams.idle-timeout} between two reads (the service's heartbeats come well within
     * it) where the other allows the read timeout. A client of its own, since a connection's socket timeout is what
     * governs reading the body.
     */
    @Bean(destroyMethod = "close")
    CloseableHttpClient streamHttpClient(
            @Value("${spring.http.clients.connect-timeout:2s}") Duration connectTimeout,
            @Value("${ordo.gateway.streams.idle-timeout:1m}") Duration idleTimeout) {
        return client(connectTimeout, idleTimeout);
    }

    private static CloseableHttpClient client(Duration connectTimeout, Duration readTimeout) {
        ConnectionConfig connections = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(connectTimeout))
                .setSocketTimeout(Timeout.of(readTimeout))
                .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                .build();
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(connections)
                        .setMaxConnPerRoute(CONNECTIONS_PER_SERVICE)
                        .setMaxConnTotal(CONNECTIONS_PER_SERVICE * 8)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(readTimeout))
                        .build())
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableContentCompression()
                .disableAuthCaching()
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .build();
    }

    /**
     * {@code ordo.gateway.streams.paths}: answers that stay open (server-sent events), proxied with the stream
     * client.
     */
    @Bean
    ServiceProxy serviceProxy(
            CloseableHttpClient serviceHttpClient,
            CloseableHttpClient streamHttpClient,
            ClientAddresses clients,
            ProblemResponseWriter problems,
            Environment environment) {
        List<String> streamPaths = Binder.get(environment)
                .bind("ordo.gateway.streams.paths", Bindable.listOf(String.class))
                .orElse(List.of());
        return new ServiceProxy(serviceHttpClient, streamHttpClient, PathSet.of(streamPaths), clients, problems);
    }

    @Bean
    ServiceRouteMapping serviceRouteMapping(ServiceRoutes serviceRoutes, ServiceProxy serviceProxy) {
        return new ServiceRouteMapping(serviceRoutes, serviceProxy);
    }

    @Bean
    ProxiedRequestHeaders proxiedRequestHeaders(ClientAddresses clients) {
        return new ProxiedRequestHeaders(clients);
    }

    /**
     * The client of routes added by configuration (Apache HttpClient 5, pooled, {@code spring.http.clients.*})
     * without an observation of its own: the request's one observation is the HTTP server's.
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
