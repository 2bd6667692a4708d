package dev.ordo.notifications.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.notifications.NotificationsApplication;
import dev.ordo.notifications.live.LiveWorld.Person;
import dev.ordo.testsupport.OrdoTestEnvironment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two replicas of the service on one database and one Redis, as behind a load balancer: a user's stream may be open
 * on either, the notification made on the other. The test's own context is replica A; replica B is a second whole
 * application started beside it with the same settings.
 */
@LiveIntegrationTest
class TwoReplicasLiveIT {

    private static final Duration A_SECOND = Duration.ofSeconds(1);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static ConfigurableApplicationContext replicaB;

    @LocalServerPort
    int portA;

    @Autowired
    TestInbox inbox;

    private final List<SseClient> open = new ArrayList<>();

    /** Started once replica A (the test's context) runs: its embedded Kafka broker's address is known by then. */
    @BeforeEach
    void startReplicaB() {
        if (replicaB != null) {
            return;
        }
        replicaB = new SpringApplicationBuilder(NotificationsApplication.class)
                .initializers(new OrdoTestEnvironment())
                .properties(
                        "server.port=0",
                        "management.server.port=0",
                        "ordo.notifications.live.heartbeat=300ms",
                        "ordo.notifications.push.vapid-public-key=" + TestVapid.PUBLIC_KEY,
                        "ordo.notifications.push.vapid-private-key=" + TestVapid.PRIVATE_KEY,
                        "ordo.notifications.push.subject=mailto:ops@ordo.test",
                        "ordo.notifications.push.allow-insecure-endpoints=true")
                .run();
    }

    @AfterAll
    static void stopReplicaB() {
        if (replicaB != null) {
            replicaB.close();
        }
    }

    @AfterEach
    void closeStreams() {
        open.forEach(SseClient::close);
    }

    @Test
    void aNotificationMadeOnOneReplicaReachesAStreamOpenOnTheOtherWithinASecond() {
        Person ada = Person.fresh();
        SseClient onB = stream(portB(), ada.token());
        assertThat(count(onB.next("unread-count"))).isZero();

        UUID id = inbox.notify(ada.id(), "reminder", "Water the plants");

        SseClient.Event notification = onB.next(A_SECOND);
        assertThat(notification.name()).isEqualTo("notification");
        assertThat(JSON.readTree(notification.data()).get("id").asString()).isEqualTo(id.toString());
        assertThat(count(onB.next("unread-count"))).isEqualTo(1);
    }

    @Test
    void theStreamLimitCountsEveryReplicaAndClosesTheOldestWhereverItIs() {
        Person bob = Person.fresh();
        List<SseClient> streams = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            SseClient s = stream(i % 2 == 0 ? portA : portB(), bob.token());
            s.next("unread-count");
            streams.add(s);
        }

        streams.getFirst().awaitEnd(); // the oldest, on replica A, closed by the fifth, on replica A too
        inbox.notify(bob.id(), "reminder", "to the four");

        for (SseClient s : streams.subList(1, 5)) {
            assertThat(s.next("notification").data()).contains("to the four");
        }
    }

    @Test
    void aStreamResumedOnTheOtherReplicaWithLastEventIdGetsWhatItMissed() {
        Person cy = Person.fresh();
        SseClient onA = stream(portA, cy.token());
        inbox.notify(cy.id(), "reminder", "one");
        String lastSeen = onA.next("notification").id();
        onA.close();
        inbox.notify(cy.id(), "reminder", "two");

        SseClient onB = SseClient.open(url(portB()), cy.token(), lastSeen);
        open.add(onB);

        assertThat(onB.next("notification").data()).contains("two");
    }

    private int portB() {
        return ((WebServerApplicationContext) replicaB).getWebServer().getPort();
    }

    private SseClient stream(int port, String token) {
        SseClient s = SseClient.open(url(port), token, null);
        open.add(s);
        return s;
    }

    private static String url(int port) {
        return "http://127.0.0.1:" + port + "/api/v1/notifications/stream";
    }

    private static long count(SseClient.Event event) {
        return JSON.readTree(event.data()).get("count").asLong();
    }
}
