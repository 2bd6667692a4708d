package dev.ordo.projects.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ordo.contracts.events.EventCodec;
import dev.ordo.contracts.events.Topics;
import dev.ordo.projects.support.Fixtures;
import dev.ordo.projects.support.IdentityEvents;
import dev.ordo.projects.support.ProjectsIntegrationTest;
import dev.ordo.projects.support.TestUser;
import dev.ordo.testsupport.Api;
import dev.ordo.testsupport.TopicProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

@ProjectsIntegrationTest
class InboxIT {

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    InboxService inboxes;

    @Autowired
    EmbeddedKafkaBroker broker;

    Api api;
    IdentityEvents identity;
    TestUser ann;

    @BeforeEach
    void setUp() {
        api = Api.on(port);
        identity = new IdentityEvents(kafka, codec);
        ann = TestUser.fresh();
    }

    @Test
    void a_registered_user_gets_exactly_one_inbox_even_when_the_event_is_delivered_twice() {
        var registered = IdentityEvents.registered(ann.id(), ann.email(), "Ann");
        identity.publish(registered);
        identity.publish(registered);
        // a later event of the same user is read after both copies: once it shows, both were handled
        identity.publish(IdentityEvents.nameChanged(ann.id(), ann.email(), "Ann B."));

        await().atMost(Duration.ofSeconds(30)).until(() -> "Ann B.".equals(memberNameInInbox()));

        List<JsonNode> inboxes = inboxesOf(ann);
        assertThat(inboxes).hasSize(1);
        JsonNode inbox = inboxes.getFirst();
        assertThat(inbox.get("name").asString()).isEqualTo("Inbox");
        assertThat(inbox.get("role").asString()).isEqualTo("owner");
        assertThat(inbox.get("ownerId").asString()).isEqualTo(ann.id().toString());
        assertThat(inbox.get("parentId").isNull()).isTrue();
    }

    @Test
    void the_inbox_is_announced_like_any_project_with_the_new_user_as_actor_and_owner() {
        identity.register(ann);

        await().atMost(Duration.ofSeconds(30)).until(() -> inboxesOf(ann).size() == 1);

        String inbox = inboxesOf(ann).getFirst().get("id").asString();
        try (TopicProbe topic = new TopicProbe(broker.getBrokersAsString(), Topics.PROJECTS_PROJECT)) {
            List<JsonNode> events = topic.awaitEventsOf(inbox, "member.added");
            assertThat(events)
                    .extracting(e -> e.get("type").asString())
                    .containsExactly("project.created", "member.added");
            assertThat(events)
                    .allSatisfy(e -> assertThat(e.get("actor").asString())
                            .isEqualTo(ann.id().toString()));
            assertThat(events.get(0).at("/data/project/inbox").asBoolean()).isTrue();
            assertThat(events.get(1).at("/data/role").asString()).isEqualTo("owner");
        }
    }

    @Test
    void two_different_registration_events_of_one_user_still_make_one_inbox() {
        identity.publish(IdentityEvents.registered(ann.id(), ann.email(), "Ann"));
        identity.publish(IdentityEvents.registered(ann.id(), ann.email(), "Ann again"));

        await().atMost(Duration.ofSeconds(30)).until(() -> "Ann again".equals(memberNameInInbox()));

        assertThat(inboxesOf(ann)).hasSize(1);
    }

    @Test
    void two_instances_racing_to_make_the_same_inbox_make_one() throws Exception {
        ExecutorService racers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> made = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                made.add(racers.submit((Callable<Boolean>) () -> inboxes.createFor(ann.id())));
            }
            int winners = 0;
            for (Future<Boolean> result : made) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            racers.shutdown();
        }
        assertThat(inboxesOf(ann)).hasSize(1);
    }

    @Test
    void the_inbox_cannot_be_deleted_archived_shared_renamed_or_handed_over() {
        inboxes.createFor(ann.id());
        String inbox = "/api/v1/projects/" + inboxesOf(ann).getFirst().get("id").asString();

        assertThat(api.delete(inbox, ann.token()).status()).isEqualTo(409);
        assertThat(api.post(inbox + "/archive", ann.token()).status()).isEqualTo(409);
        assertThat(api.post(inbox + "/unarchive", ann.token()).status()).isEqualTo(409);
        assertThat(api.post(inbox + "/invitations", ann.token(), Map.of("email", "bo@example.test", "role", "member"))
                        .status())
                .isEqualTo(409);
        assertThat(api.patch(inbox, ann.token(), Map.of("name", "Not the Inbox"))
                        .status())
                .isEqualTo(409);
        assertThat(api.post(
                                inbox + "/transfer",
                                ann.token(),
                                Map.of("userId", UUID.randomUUID().toString()))
                        .status())
                .isEqualTo(400);
        assertThat(api.post(inbox + "/leave", ann.token()).status()).isEqualTo(409);

        Api.Response colored = api.patch(inbox, ann.token(), Map.of("color", "red", "favorite", true));
        assertThat(colored.status()).isEqualTo(200);
        assertThat(colored.field("name")).isEqualTo("Inbox");
        assertThat(api.get(inbox, ann.token()).json().get("inbox").asBoolean()).isTrue();
    }

    @Test
    void members_are_shown_with_the_name_and_email_identity_told_us_and_null_when_unknown() {
        TestUser bo = TestUser.fresh();
        UUID project = new Fixtures(api).createProject(ann);
        new Fixtures(api).join(project, ann, bo, "member");
        identity.publish(IdentityEvents.registered(ann.id(), ann.email(), "Ann"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode members = api.get("/api/v1/projects/" + project + "/members", ann.token())
                    .json()
                    .get("items");
            assertThat(members).hasSize(2);
            assertThat(members.get(0).get("userId").asString())
                    .isEqualTo(ann.id().toString());
            assertThat(members.get(0).get("name").asString()).isEqualTo("Ann");
            assertThat(members.get(0).get("email").asString()).isEqualTo(ann.email());
            assertThat(members.get(1).get("userId").asString())
                    .isEqualTo(bo.id().toString());
            assertThat(members.get(1).get("name").isNull()).isTrue();
            assertThat(members.get(1).get("email").isNull()).isTrue();
        });
    }

    private String memberNameInInbox() {
        List<JsonNode> inboxes = inboxesOf(ann);
        if (inboxes.isEmpty()) {
            return null;
        }
        JsonNode members = api.get(
                        "/api/v1/projects/" + inboxes.getFirst().get("id").asString() + "/members", ann.token())
                .json()
                .get("items");
        return members.get(0).path("name").asString(null);
    }

    private List<JsonNode> inboxesOf(TestUser user) {
        List<JsonNode> found = new ArrayList<>();
        api.get("/api/v1/projects?limit=200", user.token()).json().get("items").forEach(item -> {
            if (item.get("inbox").asBoolean()) {
                found.add(item);
            }
        });
        return found;
    }
}
