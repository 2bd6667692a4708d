package dev.ordo.notifications.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.contracts.events.EventCodec;
import dev.ordo.notifications.live.LiveWorld.Person;
import dev.ordo.testsupport.TestJwks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@LiveIntegrationTest
class LiveStreamIT {

    private static final Duration A_SECOND = Duration.ofSeconds(1);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TestInbox inbox;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    JdbcClient jdbc;

    private final List<SseClient> open = new ArrayList<>();
    private LiveWorld world;

    @BeforeEach
    void world() {
        world = new LiveWorld(kafka, codec, jdbc);
    }

    @AfterEach
    void closeStreams() {
        open.forEach(SseClient::close);
    }

    @Test
    void aNewNotificationReachesTheRecipientsStreamWithinASecondFollowedByTheUnreadCount() {
        Person ada = Person.fresh();
        SseClient stream = stream(ada.token(), null);
        assertThat(count(stream.next("unread-count"))).isZero();

        UUID id = inbox.notify(ada.id(), "reminder", "Buy milk");

        SseClient.Event notification = stream.next(A_SECOND);
        assertThat(notification.name()).isEqualTo("notification");
        assertThat(notification.id()).isEqualTo("1");
        JsonNode data = JSON.readTree(notification.data());
        assertThat(data.get("id").asString()).isEqualTo(id.toString());
        assertThat(data.get("subject").get("title").asString()).isEqualTo("Buy milk");
        assertThat(data.get("read").asBoolean()).isFalse();
        assertThat(count(stream.next("unread-count"))).isEqualTo(1);
    }

    @Test
    void aStreamThatReconnectsWithLastEventIdIsSentWhatItMissedFirstThenTheCount() {
        Person ada = Person.fresh();
        SseClient first = stream(ada.token(), null);
        inbox.notify(ada.id(), "reminder", "one");
        String seen = first.next("notification").id();
        first.close();

        inbox.notify(ada.id(), "reminder", "two");
        inbox.notify(ada.id(), "reminder", "three");
        SseClient again = stream(ada.token(), seen);

        SseClient.Event two = again.next(A_SECOND);
        SseClient.Event three = again.next(A_SECOND);
        assertThat(List.of(two.name(), three.name())).containsOnly("notification");
        assertThat(JSON.readTree(two.data()).get("subject").get("title").asString())
                .isEqualTo("two");
        assertThat(JSON.readTree(three.data()).get("subject").get("title").asString())
                .isEqualTo("three");
        assertThat(Long.parseLong(three.id()))
                .isEqualTo(Long.parseLong(two.id()) + 1)
                .isGreaterThan(Long.parseLong(seen));
        SseClient.Event count = again.next(A_SECOND);
        assertThat(count.name()).isEqualTo("unread-count");
        assertThat(count(count)).isEqualTo(3);
    }

    @Test
    void anIdleStreamGetsHeartbeatComments() {
        SseClient stream = stream(Person.fresh().token(), null);
        stream.next("unread-count");

        SseClient.Event heartbeat = stream.nextComment(Duration.ofSeconds(2));

        assertThat(heartbeat.comment()).isEqualTo(": heartbeat");
    }

    @Test
    void aFifthStreamOfOneUserClosesTheOldestAndLeavesTheOthersOpen() {
        Person ada = Person.fresh();
        List<SseClient> streams = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            SseClient s = stream(ada.token(), null);
            s.next("unread-count");
            streams.add(s);
        }

        streams.getFirst().awaitEnd();

        inbox.notify(ada.id(), "reminder", "to the four");
        for (SseClient s : streams.subList(1, 5)) {
            assertThat(s.next("notification").data()).contains("to the four");
        }
    }

    @Test
    void aChangeByAnotherMemberReachesTheMembersStreamsButNotTheActors() {
        Person ada = Person.fresh();
        Person bob = Person.fresh();
        UUID project = world.project(ada, bob);
        SseClient adas = stream(ada.token(), null);
        SseClient bobs = stream(bob.token(), null);

        UUID bobsTask = world.task(project, bob, "Bob's");
        UUID adasTask = world.task(project, ada, "Ada's");

        JsonNode toAda = JSON.readTree(adas.next("change").data());
        assertThat(toAda.get("kind").asString()).isEqualTo("task");
        assertThat(toAda.get("action").asString()).isEqualTo("created");
        assertThat(toAda.get("id").asString()).isEqualTo(bobsTask.toString());
        assertThat(toAda.get("projectId").asString()).isEqualTo(project.toString());
        assertThat(toAda.get("taskId").isNull()).isTrue();
        // Bob's first change is Ada's task: his own never reached him (each stream gets its events in order)
        assertThat(JSON.readTree(bobs.next("change").data()).get("id").asString())
                .isEqualTo(adasTask.toString());
    }

    @Test
    void aStreamEndsWhenItsTokenExpires() {
        UUID someone = UUID.randomUUID();
        String shortLived = TestJwks.get()
                .sign(TestJwks.get()
                        .claims(someone, "user")
                        .expirationTime(Date.from(Instant.now().plusSeconds(2)))
                        .build());
        SseClient stream = stream(shortLived, null);
        stream.next("unread-count");

        stream.awaitEnd();
    }

    @Test
    void aLastEventIdThatIsNoNumberIsRefusedWithAProblem() {
        assertThat(stream(Person.fresh().token(), "x").status()).isEqualTo(400);
    }

    @Test
    void withoutATokenTheStreamIsRefused() {
        assertThat(stream("not-a-token", null).status()).isEqualTo(401);
    }

    private SseClient stream(String token, String lastEventId) {
        SseClient s = SseClient.open("http://127.0.0.1:" + port + "/api/v1/notifications/stream", token, lastEventId);
        open.add(s);
        return s;
    }

    private static long count(SseClient.Event event) {
        return JSON.readTree(event.data()).get("count").asLong();
    }
}
