package dev.ordo.search.engine.opensearch;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The OpenSearch engine's settings ({@code ordo.search.opensearch.*}), read when {@code ordo.search.engine} is
 * {@code opensearch}.
 *
 * @param uris            the cluster's nodes (default {@code http://127.0.0.1:9200}); {@code https://} for TLS
 * @param username        with {@code password}: HTTP basic authentication (the security plugin's internal users);
 *                        none when blank
 * @param password        the password of {@code username}
 * @param alias           the live generation's alias (default {@code ordo-search}); the shadow a rebuild fills is
 *                        {@code <alias>-rebuild}, each generation an index {@code <alias>-<time made>}
 * @param shards          primary shards of a new generation (default 1: relevance is scored per shard, and one shard
 *                        holds millions of these small documents)
 * @param replicas        replicas of a new generation (default 1; 0 on a single node, which never places them)
 * @param refreshInterval how often writes become searchable (default 250ms: the freshness budget is one second at
 *                        p99, and a busy node refreshes late)
 * @param refresh         what a write waits for: {@code none} (the default: the refresh interval makes it searchable),
 *                        {@code wait-for} (the next refresh; slower writes, read-your-writes) or {@code immediate}
 *                        (forces a refresh per write: tests only)
 * @param connectTimeout  to open a connection (default 2s)
 * @param socketTimeout   for an answer (default 10s)
 * @param retireAfter     how long a generation replaced by a rebuild is kept for the searches still reading it
 *                        before it is dropped (default 30s)
 */
@ConfigurationProperties("ordo.search.opensearch")
public record OpenSearchProperties(
        List<URI> uris,
        @Nullable String username,
        @Nullable String password,
        String alias,
        Integer shards,
        Integer replicas,
        Duration refreshInterval,
        RefreshPolicy refresh,
        Duration connectTimeout,
        Duration socketTimeout,
        Duration retireAfter) {

    public enum RefreshPolicy {
        NONE,
        WAIT_FOR,
        IMMEDIATE
    }

    public OpenSearchProperties {
        uris = uris == null || uris.isEmpty() ? List.of(URI.create("http://127.0.0.1:9200")) : List.copyOf(uris);
        alias = alias == null || alias.isBlank() ? "ordo-search" : alias;
        if (!alias.equals(alias.toLowerCase(Locale.ROOT)) || alias.startsWith("_") || alias.contains(",")) {
            throw new IllegalArgumentException(
                    "ordo.search.opensearch.alias must be a lower-case index name: " + alias);
        }
        shards = shards == null ? 1 : shards;
        replicas = replicas == null ? 1 : replicas;
        if (shards < 1 || replicas < 0) {
            throw new IllegalArgumentException("ordo.search.opensearch needs shards >= 1 and replicas >= 0");
        }
        refreshInterval = refreshInterval == null ? Duration.ofMillis(250) : refreshInterval;
        refresh = refresh == null ? RefreshPolicy.NONE : refresh;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        socketTimeout = socketTimeout == null ? Duration.ofSeconds(10) : socketTimeout;
        retireAfter = retireAfter == null ? Duration.ofSeconds(30) : retireAfter;
    }

    /** Settings for tests and tools: one node at {@code uri}, this alias, no replicas. */
    public static OpenSearchProperties of(URI uri, String alias) {
        return new OpenSearchProperties(List.of(uri), null, null, alias, 1, 0, null, null, null, null, null);
    }

    public OpenSearchProperties withRefresh(RefreshPolicy policy) {
        return new OpenSearchProperties(
                uris,
                username,
                password,
                alias,
                shards,
                replicas,
                refreshInterval,
                policy,
                connectTimeout,
                socketTimeout,
                retireAfter);
    }

    public OpenSearchProperties withRefreshInterval(Duration interval) {
        return new OpenSearchProperties(
                uris,
                username,
                password,
                alias,
                shards,
                replicas,
                interval,
                refresh,
                connectTimeout,
                socketTimeout,
                retireAfter);
    }

    public OpenSearchProperties withRetireAfter(Duration grace) {
        return new OpenSearchProperties(
                uris,
                username,
                password,
                alias,
                shards,
                replicas,
                refreshInterval,
                refresh,
                connectTimeout,
                socketTimeout,
                grace);
    }
}
