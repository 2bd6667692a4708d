package dev.ordo.tasks.task;

import static dev.ordo.tasks.support.World.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.platform.web.idempotency.IdempotencyKeys;
import dev.ordo.tasks.support.IntegrationTestBase;
import dev.ordo.tasks.support.TestUser;
import dev.ordo.testsupport.Api;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** ETag / If-Match against lost updates, Idempotency-Key against duplicate creates. */
class ConcurrencyIT extends IntegrationTestBase {

    @Autowired
    IdempotencyKeys idempotencyKeys;

    TestUser ann;
    UUID work;

    @BeforeEach
    void setUp() {
        ann = world.user();
        work = world.project(ann, "Work");
    }

    @Test
    void a_change_based_on_a_stale_etag_is_refused_with_412_and_without_if_match_the_last_write_wins() {
        UUID task = world.task(ann, work, "v0");
        String etag =
                api.get("/api/v1/tasks/" + task, ann.token()).header("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"0\"");

        Api.Response first =
                api.patch("/api/v1/tasks/" + task, ann.token(), body("title", "v1"), Map.of("If-Match", etag));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).contains("\"1\"");

        Api.Response stale =
                api.patch("/api/v1/tasks/" + task, ann.token(), body("title", "lost"), Map.of("If-Match", etag));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).contains("application/problem+json");
        assertThat(api.delete("/api/v1/tasks/" + task, ann.token(), Map.of("If-Match", etag))
                        .status())
                .isEqualTo(412);
        assertThat(api.patch("/api/v1/tasks/" + task, ann.token(), body("title", "x"), Map.of("If-Match", "garbage"))
                        .status())
                .isEqualTo(412);

        assertThat(api.patch("/api/v1/tasks/" + task, ann.token(), body("title", "v2"))
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/tasks/" + task, ann.token()).field("title")).isEqualTo("v2");
        assertThat(api.delete("/api/v1/tasks/" + task, ann.token(), Map.of("If-Match", "\"2\""))
                        .status())
                .isEqualTo(204);
    }

    @Test
    void the_same_idempotency_key_and_body_answer_the_same_201_and_create_once() {
        Map<String, Object> request = body("projectId", work, "title", "once", "labels", List.of("x"));
        Map<String, String> key = Map.of("Idempotency-Key", "create-" + UUID.randomUUID());

        Api.Response first = api.post("/api/v1/tasks", ann.token(), request, key);
        api.patch("/api/v1/tasks/" + first.id(), ann.token(), body("title", "changed since"));
        Api.Response again = api.post("/api/v1/tasks", ann.token(), request, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(tasksTitled("once") + tasksTitled("changed since")).isEqualTo(1);
    }

    @Test
    void the_same_idempotency_key_with_another_body_is_a_422_problem() {
        Map<String, String> key = Map.of("Idempotency-Key", "k-" + UUID.randomUUID());
        assertThat(api.post("/api/v1/tasks", ann.token(), body("projectId", work, "title", "a"), key)
                        .status())
                .isEqualTo(201);

        Api.Response other = api.post("/api/v1/tasks", ann.token(), body("projectId", work, "title", "b"), key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).contains("application/problem+json");
        assertThat(tasksTitled("b")).isZero();
        assertThat(api.post("/api/v1/sections", ann.token(), body("projectId", work, "name", "a"), key)
                        .status())
                .as("the same key on another endpoint is another request")
                .isEqualTo(422);
        TestUser bo = world.memberOf(work, "member");
        assertThat(api.post("/api/v1/tasks", bo.token(), body("projectId", work, "title", "b"), key)
                        .status())
                .as("keys are per caller")
                .isEqualTo(201);
    }

    @Test
    void concurrent_retries_with_one_idempotency_key_create_one_task() throws Exception {
        Map<String, Object> request = body("projectId", work, "title", "raced");
        Map<String, String> key = Map.of("Idempotency-Key", "race-" + UUID.randomUUID());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> api.post("/api/v1/tasks", ann.token(), request, key)));
            }
            List<String> ids = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                assertThat(answer.get().status()).isEqualTo(201);
                ids.add(answer.get().id());
            }
            assertThat(ids).containsOnly(ids.getFirst());
        } finally {
            pool.shutdown();
        }
        assertThat(tasksTitled("raced")).isEqualTo(1);
    }

    @Test
    void sections_and_labels_take_idempotency_keys_too_and_bad_keys_are_refused() {
        Map<String, String> key = Map.of("Idempotency-Key", "s-" + UUID.randomUUID());
        Api.Response section = api.post("/api/v1/sections", ann.token(), body("projectId", work, "name", "S"), key);
        assertThat(api.post("/api/v1/sections", ann.token(), body("projectId", work, "name", "S"), key)
                        .json())
                .isEqualTo(section.json());
        Api.Response label = api.post("/api/v1/labels", ann.token(), body("name", "idem"), key);
        assertThat(label.status()).as("another endpoint: another request").isEqualTo(422);
        Map<String, String> labelKey = Map.of("Idempotency-Key", "l-" + UUID.randomUUID());
        Api.Response created = api.post("/api/v1/labels", ann.token(), body("name", "idem"), labelKey);
        assertThat(api.post("/api/v1/labels", ann.token(), body("name", "idem"), labelKey)
                        .json())
                .isEqualTo(created.json());

        assertThat(api.post(
                                "/api/v1/tasks",
                                ann.token(),
                                body("projectId", work, "title", "t"),
                                Map.of("Idempotency-Key", "x".repeat(300)))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void keys_older_than_their_time_to_live_are_forgotten_by_the_cleanup_job() {
        Map<String, String> key = Map.of("Idempotency-Key", "old-" + UUID.randomUUID());
        assertThat(api.post("/api/v1/tasks", ann.token(), body("projectId", work, "title", "old"), key)
                        .status())
                .isEqualTo(201);
        jdbc.sql("update idempotent_request set created_at = now() - interval '25 hours' where key = :key")
                .param("key", key.get("Idempotency-Key"))
                .update();

        assertThat(idempotencyKeys.forgetExpired()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.sql("select count(*) from idempotent_request where key = :key")
                        .param("key", key.get("Idempotency-Key"))
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(api.post("/api/v1/tasks", ann.token(), body("projectId", work, "title", "new body"), key)
                        .status())
                .as("a forgotten key is a new key")
                .isEqualTo(201);
    }

    private long tasksTitled(String title) {
        return jdbc.sql("select count(*) from task where project_id = :p and title = :t")
                .param("p", work)
                .param("t", title)
                .query(Long.class)
                .single();
    }
}
