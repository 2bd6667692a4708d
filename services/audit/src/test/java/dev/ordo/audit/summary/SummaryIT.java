package dev.ordo.audit.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ordo.audit.TestEvents;
import dev.ordo.audit.trail.AuditEvents;
import dev.ordo.contracts.events.EventCodec;
import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.events.EventType;
import dev.ordo.contracts.identity.IdentityEvents;
import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.contracts.projects.ProjectEvents.ProjectState;
import dev.ordo.contracts.tasks.TaskEvents;
import dev.ordo.contracts.tasks.TaskEvents.TaskState;
import dev.ordo.testsupport.Api;
import dev.ordo.testsupport.Api.Response;
import dev.ordo.testsupport.OrdoIntegrationTest;
import dev.ordo.testsupport.TestJwks;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

@OrdoIntegrationTest
class SummaryIT {

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    AuditEvents trail;

    @Autowired
    JdbcClient jdbc;

    TestEvents events;
    Api api;
    UUID ada = UUID.randomUUID();
    UUID garden = UUID.randomUUID();
    UUID milk = UUID.randomUUID();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void setUp() {
        events = new TestEvents(kafka, codec);
        api = Api.on(port);
    }

    @Test
    void theTrailTellsWhatHappenedInPeoplesWordsWhateverOrderTheTopicsArriveIn() {
        // The task's event arrives before the events that name its actor and project.
        published(
                event(
                        TaskEvents.TASK_COMPLETED,
                        milk,
                        now,
                        new TaskEvents.TaskCompleted(task("Buy milk"), null, null, false)),
                event(
                        ProjectEvents.PROJECT_CREATED,
                        garden,
                        now.minusSeconds(60),
                        new ProjectEvents.ProjectCreated(project("Garden"))),
                event(IdentityEvents.USER_REGISTERED, ada, now.minusSeconds(120), registered("Ada")));

        JsonNode completed = only(events(TestJwks.get().tokenFor(ada), "entity", milk.toString()));

        assertThat(completed.get("summary").asString()).isEqualTo("Ada completed 'Buy milk' in Garden");
        assertThat(completed.get("action").asString()).isEqualTo("completed");
        assertThat(completed.get("actor").get("id").asString()).isEqualTo(ada.toString());
        assertThat(completed.get("actor").get("name").asString()).isEqualTo("Ada");
        assertThat(completed.get("subject").get("type").asString()).isEqualTo("task");
        assertThat(completed.get("subject").get("id").asString()).isEqualTo(milk.toString());
        assertThat(completed.get("subject").get("title").asString()).isEqualTo("Buy milk");
        assertThat(completed.get("project").get("id").asString()).isEqualTo(garden.toString());
        assertThat(completed.get("project").get("name").asString()).isEqualTo("Garden");
        assertThat(completed.get("data").get("task").get("title").asString()).isEqualTo("Buy milk");

        JsonNode signedUp = only(events(TestJwks.get().tokenFor(ada), "entity", ada.toString()));
        assertThat(signedUp.get("summary").asString()).isEqualTo("Ada signed up");
        assertThat(signedUp.has("project")).as("every field is present").isTrue();
        assertThat(signedUp.get("project").isNull()).isTrue();
    }

    @Test
    void aRenameChangesNoEarlierLineAndARedeliveredEventNoName() {
        EventEnvelope<?> registered =
                event(IdentityEvents.USER_REGISTERED, ada, now.minusSeconds(120), registered("Ada"));
        published(
                registered,
                event(
                        ProjectEvents.PROJECT_CREATED,
                        garden,
                        now.minusSeconds(60),
                        new ProjectEvents.ProjectCreated(project("Garden"))),
                event(
                        TaskEvents.TASK_CREATED,
                        milk,
                        now.minusSeconds(30),
                        new TaskEvents.TaskCreated(task("Buy milk"))),
                event(
                        ProjectEvents.PROJECT_UPDATED,
                        garden,
                        now,
                        new ProjectEvents.ProjectUpdated(project("Yard"), List.of("name"))),
                event(
                        TaskEvents.TASK_DELETED,
                        milk,
                        now.plusSeconds(1),
                        new TaskEvents.TaskDeleted(milk, garden, "deleted")));
        events.publish(dev.ordo.contracts.events.Topics.IDENTITY_USER, registered);

        List<String> summaries = summaries(events(TestJwks.get().tokenFor(ada)));

        assertThat(summaries)
                .containsExactly(
                        "Ada deleted 'Buy milk' from Yard",
                        "Ada renamed project Garden to Yard",
                        "Ada created 'Buy milk' in Garden",
                        "Ada created project Garden",
                        "Ada signed up");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(jdbc.sql("select count(*) from audit_name where kind = 'user' and id = :id")
                                        .param("id", ada)
                                        .query(Long.class)
                                        .single())
                                .isEqualTo(1));
    }

    private IdentityEvents.UserRegistered registered(String name) {
        return new IdentityEvents.UserRegistered(
                ada, "ada@example.com", name, "Europe/Paris", "en", List.of("user"), true);
    }

    private ProjectState project(String name) {
        return new ProjectState(garden, name, null, "green", null, false, false, ada);
    }

    private TaskState task(String title) {
        return new TaskState(
                milk,
                garden,
                null,
                null,
                title,
                "COMPLETED",
                "HIGH",
                null,
                null,
                null,
                null,
                null,
                List.of(),
                ada,
                now.minusSeconds(30),
                now,
                2,
                null,
                null,
                false,
                null);
    }

    private <T> EventEnvelope<T> event(EventType<T> type, UUID subject, Instant time, T data) {
        return new EventEnvelope<>(
                UUID.randomUUID(),
                "ordo/test",
                type.name(),
                type.version(),
                time,
                subject.toString(),
                1,
                ada.toString(),
                data);
    }

    private void published(EventEnvelope<?>... envelopes) {
        for (EventEnvelope<?> envelope : envelopes) {
            events.publish(topicOf(envelope.type()), envelope);
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> List.of(envelopes).stream().allMatch(e -> trail.contains(e.id())));
    }

    private static String topicOf(String type) {
        return java.util.stream.Stream.of(IdentityEvents.ALL, ProjectEvents.ALL, TaskEvents.ALL)
                .flatMap(List::stream)
                .filter(t -> t.name().equals(type))
                .findFirst()
                .orElseThrow()
                .topic();
    }

    private static JsonNode only(Response response) {
        assertThat(response.status()).as("%s", response.body()).isEqualTo(200);
        assertThat(response.json().get("items")).hasSize(1);
        return response.json().get("items").get(0);
    }

    private static List<String> summaries(Response response) {
        assertThat(response.status()).as("%s", response.body()).isEqualTo(200);
        return response.json()
                .get("items")
                .valueStream()
                .map(item -> item.get("summary").asString())
                .toList();
    }

    /** GET the trail with {@code params} (name, value, name, value…) as {@code token}'s bearer. */
    private Response events(String token, String... params) {
        return api.get("/api/v1/audit/events" + (params.length == 0 ? "" : Api.query(params)), token);
    }
}
