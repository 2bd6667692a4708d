package dev.ordo.search.support;

import static org.awaitility.Awaitility.await;

import dev.ordo.contracts.events.EventCodec;
import dev.ordo.testsupport.Api;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/** What every integration test of the service has at hand: the API, the world around it. */
@SearchIntegrationTest
public abstract class IntegrationTestBase {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    protected int port;

    @Autowired
    protected KafkaTemplate<String, String> kafka;

    @Autowired
    protected EventCodec codec;

    @Autowired
    protected JdbcClient jdbc;

    protected Api api;
    protected World world;

    @BeforeEach
    void setUpWorld() {
        api = Api.on(port);
        world = new World(kafka, codec, jdbc);
    }

    /** {@code GET /api/v1/search} with these parameters ({@code "q", "milk", "types", "task"}). */
    protected Api.Response search(Person who, String... params) {
        return api.get("/api/v1/search" + Api.query(params), who.token());
    }

    /** Waits until a search of {@code q} by {@code who} answers 200 with ids that satisfy {@code condition}. */
    protected Api.Response awaitHits(Person who, String q, Predicate<List<String>> condition) {
        Api.Response[] last = new Api.Response[1];
        await("search of '" + q + "' by " + who.name())
                .atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    last[0] = search(who, "q", q);
                    return last[0].status() == 200 && condition.test(last[0].itemValues("id"));
                });
        return last[0];
    }

    protected static Predicate<List<String>> containsId(Object id) {
        return ids -> ids.contains(id.toString());
    }

    protected static Predicate<List<String>> lacksId(Object id) {
        return ids -> !ids.contains(id.toString());
    }
}
