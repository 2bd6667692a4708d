package dev.ordo.platform.web.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ordo.platform.web.ProbeApplication;
import dev.ordo.platform.web.probe.ProbeThings.Gate;
import dev.ordo.testsupport.Api;
import dev.ordo.testsupport.OrdoTestEnvironment;
import dev.ordo.testsupport.TestJwks;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(
        classes = ProbeApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.application.name=probe", "ordo.idempotency.concurrent-wait=2s"})
@ContextConfiguration(initializers = OrdoTestEnvironment.class)
class IdempotencyKeyTest {

    private final String ann = TestJwks.get().tokenFor(UUID.randomUUID());
    private final String bo = TestJwks.get().tokenFor(UUID.randomUUID());

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdempotencyKeys keys;

    @AfterEach
    void openTheGate() {
        Gate.open();
    }

    Api api() {
        return Api.on(port);
    }

    static Map<String, String> key(String key) {
        return Map.of(IdempotencyKeyFilter.HEADER, key);
    }

    @Test
    void the_same_key_and_body_answer_the_same_response_again_and_create_once() {
        Map<String, String> key = key("k-" + UUID.randomUUID());
        Api.Response first = api().post("/probe/things", ann, Map.of("name", "once"), key);
        Api.Response again = api().postJson("/probe/things", ann, "{\"name\": \"once\"}");
        Api.Response replayed = api().send("POST", "/probe/things", ann, "{\n  \"name\": \"once\"\n}", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header(IdempotencyKeyFilter.REPLAYED_HEADER)).isEmpty();
        assertThat(again.status()).as("without the key: a new request").isEqualTo(201);
        assertThat(replayed.status()).isEqualTo(201);
        assertThat(replayed.body()).isEqualTo(first.body());
        assertThat(replayed.header("Location")).isEqualTo(first.header("Location"));
        assertThat(replayed.header("ETag")).isEqualTo(first.header("ETag")).contains("\"0\"");
        assertThat(replayed.contentType()).startsWith("application/json");
        assertThat(replayed.header(IdempotencyKeyFilter.REPLAYED_HEADER)).contains("true");
        assertThat(thingsNamed("once")).isEqualTo(2);
    }

    @Test
    void the_same_key_with_another_body_or_on_another_path_is_a_422_and_keys_are_per_caller() {
        Map<String, String> key = key("k-" + UUID.randomUUID());
        assertThat(api().post("/probe/things", ann, Map.of("name", "a"), key).status())
                .isEqualTo(201);

        Api.Response other = api().post("/probe/things", ann, Map.of("name", "b"), key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.problem()).isEqualTo("idempotency-key-reused");
        assertThat(thingsNamed("b")).isZero();
        assertThat(api().post("/probe/things", bo, Map.of("name", "b"), key).status())
                .as("keys are per caller")
                .isEqualTo(201);
    }

    @Test
    void a_failed_request_keeps_neither_its_effects_nor_its_key() {
        Map<String, String> key = key("k-" + UUID.randomUUID());

        Api.Response failed = api().post("/probe/things", ann, Map.of("name", "taken"), key);

        assertThat(failed.status()).isEqualTo(409);
        assertThat(failed.problem()).isEqualTo("name-taken");
        assertThat(thingsNamed("taken")).as("rolled back with the key").isZero();
        assertThat(api().post("/probe/things", ann, Map.of("name", "fixed"), key)
                        .status())
                .as("the key is free for the corrected request")
                .isEqualTo(201);
    }

    @Test
    void a_malformed_key_is_a_400_and_a_handler_without_the_annotation_ignores_keys() {
        Api.Response bad = api().post("/probe/things", ann, Map.of("name", "x"), key("x".repeat(300)));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.problem()).isEqualTo("invalid-idempotency-key");

        Map<String, String> key = key("plain-" + UUID.randomUUID());
        api().post("/probe/plain-things", ann, Map.of("name", "plain"), key);
        api().post("/probe/plain-things", ann, Map.of("name", "plain"), key);
        assertThat(thingsNamed("plain")).isEqualTo(2);
    }

    @Test
    void a_retry_while_the_first_request_runs_waits_for_it_and_gets_its_answer() throws Exception {
        Map<String, String> key = key("race-" + UUID.randomUUID());
        String held = "held-" + UUID.randomUUID();
        Gate.close();
        CompletableFuture<Api.Response> first =
                CompletableFuture.supplyAsync(() -> api().post("/probe/things", ann, Map.of("name", held), key));
        await().atMost(Duration.ofSeconds(10)).until(() -> thingsInFlight() == 1);
        CompletableFuture<Api.Response> retry =
                CompletableFuture.supplyAsync(() -> api().post("/probe/things", ann, Map.of("name", held), key));
        await().atMost(Duration.ofSeconds(10)).until(() -> waitingOnALock() >= 1);

        Gate.open();

        assertThat(first.get().status()).isEqualTo(201);
        assertThat(retry.get().status()).isEqualTo(201);
        assertThat(retry.get().id()).isEqualTo(first.get().id());
        assertThat(thingsNamed(held)).isEqualTo(1);
    }

    @Test
    void a_retry_while_the_first_request_runs_longer_than_the_wait_is_a_409() throws Exception {
        Map<String, String> key = key("slow-" + UUID.randomUUID());
        Gate.close();
        CompletableFuture<Api.Response> first =
                CompletableFuture.supplyAsync(() -> api().post("/probe/things", ann, Map.of("name", "held"), key));
        await().atMost(Duration.ofSeconds(10)).until(() -> thingsInFlight() == 1);

        Api.Response retry = api().post("/probe/things", ann, Map.of("name", "held"), key);

        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.problem()).isEqualTo("idempotency-key-in-use");
        Gate.open();
        assertThat(first.get().status()).isEqualTo(201);
        assertThat(api().post("/probe/things", ann, Map.of("name", "held"), key).id())
                .isEqualTo(first.get().id());
    }

    @Test
    void keys_older_than_their_time_to_live_are_forgotten() {
        Map<String, String> key = key("old-" + UUID.randomUUID());
        api().post("/probe/things", ann, Map.of("name", "old"), key);
        jdbc.sql("update idempotent_request set created_at = now() - interval '25 hours' where key = :key")
                .param("key", key.get(IdempotencyKeyFilter.HEADER))
                .update();

        assertThat(keys.forgetExpired()).isGreaterThanOrEqualTo(1);

        assertThat(api().post("/probe/things", ann, Map.of("name", "new body"), key)
                        .status())
                .as("a forgotten key is a new key")
                .isEqualTo(201);
    }

    @Test
    void the_same_json_in_another_order_or_spacing_is_the_same_request() {
        assertThat(IdempotencyKeyFilter.hash("/p", "{\"a\":1,\"b\":[1,2]}".getBytes()))
                .isEqualTo(IdempotencyKeyFilter.hash("/p", "{ \"b\": [1, 2], \"a\": 1 }".getBytes()))
                .isNotEqualTo(IdempotencyKeyFilter.hash("/p", "{\"a\":1,\"b\":[2,1]}".getBytes()))
                .isNotEqualTo(IdempotencyKeyFilter.hash("/q", "{\"a\":1,\"b\":[1,2]}".getBytes()));
    }

    private long thingsNamed(String name) {
        return jdbc.sql("select count(*) from probe_thing where name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    /** Requests holding an uncommitted insert (the gate keeps them open). */
    private long thingsInFlight() {
        return jdbc.sql("select count(*) from pg_stat_activity where datname = current_database() "
                        + "and state = 'idle in transaction'")
                .query(Long.class)
                .single();
    }

    private long waitingOnALock() {
        return jdbc.sql("select count(*) from pg_stat_activity where datname = current_database() "
                        + "and wait_event_type = 'Lock'")
                .query(Long.class)
                .single();
    }
}
