package dev.ordo.gateway.docs;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whose API documents the gateway merges ({@code ordo.gateway.docs.*}).
 *
 * @param services  service name → base URL; the gateway reads {@code <url>/v3/api-docs}. A map rather
 *                  than a list, so a new service is one more line (or one environment variable)
 * @param cacheTtl  how long a merged document is reused (a shorter time while a service is missing)
 * @param timeout   connect and read timeout for each service's document
 * @param title     the merged document's title
 * @param version   the merged document's version
 */
@ConfigurationProperties("ordo.gateway.docs")
public record ApiDocsProperties(
        Map<String, URI> services, Duration cacheTtl, Duration timeout, String title, String version) {

    public ApiDocsProperties {
        services = services == null ? Map.of() : new TreeMap<>(services);
        cacheTtl = cacheTtl == null ? Duration.ofSeconds(30) : cacheTtl;
        timeout = timeout == null ? Duration.ofSeconds(2) : timeout;
        title = title == null ? "Ordo API" : title;
        version = version == null ? "v1" : version;
    }
}
