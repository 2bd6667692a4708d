package dev.ordo.search.engine.opensearch;

import dev.ordo.search.engine.SearchEngine;
import dev.ordo.search.engine.SearchEngineContract;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;

/**
 * The engine contract on an index of three shards, as a cluster that outgrew one would have: the tiered scores do
 * not depend on a shard's word statistics, and keyset pages merge the shards in one order.
 */
class OpenSearchShardedEngineIT extends SearchEngineContract {

    private static OpenSearchTransport transport;
    private static OpenSearchEngine engine;

    @BeforeAll
    static void startEngine() {
        OpenSearchProperties settings = new OpenSearchProperties(
                List.of(OpenSearchNode.get().uri()),
                null,
                null,
                "ordo-search-sharded",
                3,
                0,
                null,
                null,
                null,
                null,
                Duration.ofSeconds(1));
        transport = OpenSearchConfiguration.transport(settings);
        engine = new OpenSearchEngine(new OpenSearchClient(transport), settings, Clock.systemUTC()).start();
    }

    @AfterAll
    static void closeClient() throws IOException {
        engine.close();
        transport.close();
    }

    @Override
    protected SearchEngine engine() {
        return engine;
    }

    @Override
    protected void refresh() {
        engine.refresh();
    }
}
