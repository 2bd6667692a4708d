package dev.ordo.search.engine.opensearch;

import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.HealthStatus;
import org.opensearch.client.opensearch.cluster.HealthResponse;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The cluster as the search service sees it: down when it cannot be reached or is red (some of the index is
 * unavailable), up when green or yellow (all primaries serve; yellow is a single node's normal state).
 */
final class OpenSearchHealthIndicator extends AbstractHealthIndicator {

    private final OpenSearchClient client;
    private final OpenSearchEngine engine;

    OpenSearchHealthIndicator(OpenSearchClient client, OpenSearchEngine engine) {
        super("OpenSearch health check failed");
        this.client = client;
        this.engine = engine;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        HealthResponse health = client.cluster().health(h -> h.index(engine.alias()));
        builder.status(health.status() == HealthStatus.Red ? "DOWN" : "UP")
                .withDetail("cluster", health.clusterName())
                .withDetail("status", health.status().jsonValue())
                .withDetail("alias", engine.alias())
                .withDetail("index", engine.liveIndex().orElse("none"))
                .withDetail("definition", engine.liveDefinitionIsCurrent() ? "current" : "outdated: rebuild the index");
    }
}
