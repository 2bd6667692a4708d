package dev.ordo.audit.query;

import static dev.ordo.audit.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ordo.audit.TestEvents;
import dev.ordo.audit.trail.AuditEvents;
import dev.ordo.contracts.events.EventCodec;
import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.testsupport.Api;
import dev.ordo.testsupport.Api.Response;
import dev.ordo.testsupport.OrdoIntegrationTest;
import dev.ordo.testsupport.TestJwks;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

@OrdoIntegrationTest
class AuditQueryIT {

    private static final String TASKS = "ordo.tasks.task";

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    AuditEvents trail;

    TestEvents events;
    Api api;
    UUID ada = UUID.randomUUID();
    UUID bob = UUID.randomUUID();
    String entity = UUID.randomUUID().toString();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void setUp() {
        events = new TestEvents(kafka, codec);
        api = Api.on(port);
    }

    @Test
    void aUserSeesOnlyTheEventsTheyCaused() {
        published(
                event("task.created", entity, ada),
                event("task.updated", entity, ada),
                event("task.updated", entity, bob),
                event("task.reminded", entity, null));

        assertThat(types(ok(events(tokenOf(ada), "entity", entity))))
                .containsExactlyInAnyOrder("task.created", "task.updated");
        assertThat(actors(ok(events(tokenOf(bob), "entity", entity)))).containsExactly(bob.toString());
        assertThat(ok(events(tokenOf(ada), "actor", ada.toString(), "entity", entity))
                        .get("items"))
                .hasSize(2);
    }

    @Test
    void aUserWhoAsksForSomeoneElsesEventsIsForbidden() {
        Response response = events(tokenOf(ada), "actor", bob.toString());

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anAdminSeesEveryonesEventsAndMayFilterByActor() {
        published(
                event("task.created", entity, ada),
                event("task.updated", entity, bob),
                event("task.reminded", entity, null));
        String admin = TestJwks.get().tokenFor(UUID.randomUUID(), "user", "admin");

        assertThat(ok(events(admin, "entity", entity)).get("items")).hasSize(3);
        assertThat(actors(ok(events(admin, "entity", entity, "actor", bob.toString()))))
                .containsExactly(bob.toString());
    }

    @Test
    void eventsAreFilteredByTypeEntityAndTimeRange() {
        String other = UUID.randomUUID().toString();
        published(
                event("task.created", entity, ada, now.minus(3, ChronoUnit.HOURS)),
                event("task.updated", entity, ada, now.minus(2, ChronoUnit.HOURS)),
                event("task.completed", other, ada, now.minus(1, ChronoUnit.HOURS)));
        String token = tokenOf(ada);

        assertThat(types(ok(events(token, "type", "task.updated")))).containsExactly("task.updated");
        assertThat(types(ok(events(token, "entity", other)))).containsExactly("task.completed");
        assertThat(types(ok(events(
                        token,
                        "from",
                        now.minus(2, ChronoUnit.HOURS).toString(),
                        "to",
                        now.minus(1, ChronoUnit.HOURS).toString()))))
                .as("from is inclusive, to exclusive")
                .containsExactly("task.updated");
        assertThat(types(ok(
                        events(token, "from", now.minus(150, ChronoUnit.MINUTES).toString()))))
                .containsExactly("task.completed", "task.updated");
        assertThat(types(ok(events(token, "to", "2020-01-01T00:00:00+02:00")))).isEmpty();
    }

    @Test
    void pagesGoNewestFirstAcrossTheWholeTrailWithoutGapsOrDuplicates() {
        Instant sameInstant = now.minus(10, ChronoUnit.MINUTES);
        List<EventEnvelope<?>> all = published(
                event("task.created", entity, ada, now.minus(30, ChronoUnit.MINUTES)),
                event("task.updated", entity, ada, sameInstant),
                event("task.updated", entity, ada, sameInstant),
                event("task.updated", entity, ada, sameInstant),
                event("task.moved", entity, ada, now.minus(5, ChronoUnit.MINUTES)),
                event("task.completed", entity, ada, now.minus(1, ChronoUnit.MINUTES)),
                event("task.reopened", entity, ada, now));
        List<String> newestFirst = all.stream()
                .sorted(Comparator.<EventEnvelope<?>, Instant>comparing(EventEnvelope::time)
                        .thenComparing(e -> e.id().toString())
                        .reversed())
                .map(e -> e.id().toString())
                .toList();

        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = ok(
                    cursor == null
                            ? events(tokenOf(ada), "limit", "3")
                            : events(tokenOf(ada), "limit", "3", "cursor", cursor));
            page.get("items").forEach(item -> seen.add(item.get("id").asString()));
            pageSizes.add(page.get("items").size());
            cursor = page.get("nextCursor").isNull()
                    ? null
                    : page.get("nextCursor").asString();
        } while (cursor != null);

        assertThat(seen).containsExactlyElementsOf(newestFirst);
        assertThat(pageSizes).containsExactly(3, 3, 1);
    }

    @Test
    void eachItemCarriesTheEnvelopeAndTheData() {
        EventEnvelope<?> created =
                published(event("task.created", entity, ada, now)).getFirst();

        JsonNode item = ok(events(tokenOf(ada))).get("items").get(0);

        assertThat(item.get("id").asString()).isEqualTo(created.id().toString());
        assertThat(item.get("type").asString()).isEqualTo("task.created");
        assertThat(item.get("source").asString()).isEqualTo("ordo/test");
        assertThat(item.get("entity").asString()).isEqualTo(entity);
        assertThat(item.get("actor").get("id").asString()).isEqualTo(ada.toString());
        assertThat(Instant.parse(item.get("occurredAt").asString())).isEqualTo(now);
        assertThat(Instant.parse(item.get("recordedAt").asString())).isAfterOrEqualTo(now);
        assertThat(item.get("data").get("subject").asString()).isEqualTo(entity);
    }

    @Test
    void aRequestWithoutAValidTokenIsUnauthorized() {
        assertThat(events(null).status()).isEqualTo(401);
        assertThat(events(TestJwks.get().expiredTokenFor(ada)).status()).isEqualTo(401);
        assertThat(events(null).contentType()).startsWith("application/problem+json");
    }

    @ParameterizedTest(name = "{0}={1} is a bad request")
    @CsvSource({
        "limit, 0",
        "limit, -1",
        "limit, 201",
        "limit, many",
        "from, yesterday",
        "to, 2025-13-01T00:00:00Z",
        "cursor, not-a-cursor",
        "cursor, ***",
        "actor, not-a-user-id"
    })
    void aBadParameterIsABadRequestProblem(String name, String value) {
        Response response = events(TestJwks.get().tokenFor(ada, "admin"), name, value);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains(name);
    }

    @Test
    void aTimeRangeThatEndsBeforeItStartsIsABadRequestProblem() {
        Response response = events(tokenOf(ada), "from", "2025-02-01T00:00:00Z", "to", "2025-01-01T00:00:00Z");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theLimitDefaultsToFiftyAndMayBeRaisedToTwoHundred() {
        assertThat(events(tokenOf(ada)).status()).isEqualTo(200);
        assertThat(events(tokenOf(ada), "limit", "200").status()).isEqualTo(200);
        assertThat(AuditQuery.parse(null, null, null, null, null, null, null).limit())
                .isEqualTo(50);
    }

    private List<EventEnvelope<?>> published(EventEnvelope<?>... envelopes) {
        Arrays.stream(envelopes).forEach(e -> events.publish(TASKS, e));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Arrays.stream(envelopes).allMatch(e -> trail.contains(e.id())));
        return List.of(envelopes);
    }

    private static String tokenOf(UUID user) {
        return TestJwks.get().tokenFor(user);
    }

    private static JsonNode ok(Response response) {
        assertThat(response.status()).as("status of %s", response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> types(JsonNode page) {
        return field(page, "type");
    }

    private static List<String> actors(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .map(item -> item.get("actor").get("id").asString())
                .toList();
    }

    private static List<String> field(JsonNode page, String name) {
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .map(item -> item.get(name).asString())
                .toList();
    }

    /** GET the trail with {@code params} (name, value, name, value…) as {@code token}'s bearer. */
    private Response events(String token, String... params) {
        return api.get("/api/v1/audit/events" + (params.length == 0 ? "" : Api.query(params)), token);
    }
}
