package dev.ordo.search.engine.opensearch;

import java.net.URI;
import java.time.Clock;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenSearch engine, when {@code ordo.search.engine=opensearch}: a client of the cluster at
 * {@code ordo.search.opensearch.uris} (the Java client over Apache HttpClient 5), the engine, which makes the live
 * index generation at start if there is none, and a health indicator ({@code /actuator/health}: the cluster's status
 * and the live index).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "ordo.search", name = "engine", havingValue = "opensearch")
class OpenSearchConfiguration {

    /** The connection pool; closed with the context. */
    @Bean
    OpenSearchTransport openSearchTransport(OpenSearchProperties properties) {
        return transport(properties);
    }

    @Bean
    OpenSearchClient openSearchClient(OpenSearchTransport transport) {
        return new OpenSearchClient(transport);
    }

    @Bean
    OpenSearchEngine openSearchEngine(
            OpenSearchClient client, OpenSearchProperties properties, ObjectProvider<Clock> clock) {
        return new OpenSearchEngine(client, properties, clock.getIfAvailable(Clock::systemUTC)).start();
    }

    @Bean
    OpenSearchHealthIndicator openSearchHealthIndicator(OpenSearchClient client, OpenSearchEngine engine) {
        return new OpenSearchHealthIndicator(client, engine);
    }

    /** The HTTP transport to the cluster as configured (a pool of connections: close it). */
    static OpenSearchTransport transport(OpenSearchProperties properties) {
        HttpHost[] hosts =
                properties.uris().stream().map(OpenSearchConfiguration::host).toArray(HttpHost[]::new);
        ApacheHttpClient5TransportBuilder transport = ApacheHttpClient5TransportBuilder.builder(hosts)
                .setConnectionConfigCallback(connection -> connection
                        .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                        .setSocketTimeout(Timeout.of(properties.socketTimeout()))
                        // a pooled connection idle for a while is checked before use: a restarted node closed it
                        .setValidateAfterInactivity(TimeValue.ofSeconds(1)))
                .setRequestConfigCallback(
                        request -> request.setResponseTimeout(Timeout.of(properties.socketTimeout())));
        if (properties.username() != null && !properties.username().isBlank()) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            String password = properties.password() == null ? "" : properties.password();
            for (HttpHost host : hosts) {
                credentials.setCredentials(
                        new AuthScope(host),
                        new UsernamePasswordCredentials(properties.username(), password.toCharArray()));
            }
            transport.setHttpClientConfigCallback(client -> client.setDefaultCredentialsProvider(credentials));
        }
        return transport.build();
    }

    private static HttpHost host(URI uri) {
        String scheme = uri.getScheme() == null ? "http" : uri.getScheme();
        int port = uri.getPort() > 0 ? uri.getPort() : 9200;
        return new HttpHost(scheme, uri.getHost(), port);
    }
}
