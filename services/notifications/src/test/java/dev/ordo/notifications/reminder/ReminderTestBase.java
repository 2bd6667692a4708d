package dev.ordo.notifications.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.contracts.events.EventCodec;
import dev.ordo.contracts.notifications.ReminderEvents;
import dev.ordo.testsupport.Api;
import dev.ordo.testsupport.TopicProbe;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** What every reminder test has at hand: the API, the world around the service, what it notified, its events. */
@RemindersIntegrationTest
abstract class ReminderTestBase {

    @LocalServerPort
    protected int port;

    @Autowired
    protected KafkaTemplate<String, String> kafka;

    @Autowired
    protected EventCodec codec;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected EmbeddedKafkaBroker broker;

    @Autowired
    protected RecordingNotifier notifier;

    @Autowired
    protected PreferredDefaults defaults;

    protected Api api;
    protected World world;
    protected TopicProbe events;

    @BeforeEach
    void setUpWorld() {
        api = Api.on(port);
        world = new World(kafka, codec, jdbc);
        events = TopicProbe.of(broker.getBrokersAsString(), ReminderEvents.REMINDER_CREATED);
    }

    @AfterEach
    void closeProbe() {
        events.close();
    }

    /** A new reminder of {@code who}'s, answered 201 (or the test fails saying what came instead). */
    protected Api.Response remind(Person who, UUID taskId, Object... fields) {
        Api.Response r = api.post("/api/v1/reminders", who.token(), body("taskId", taskId, fields));
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        return r;
    }

    protected static Map<String, Object> body(String name, Object value, Object... more) {
        Map<String, Object> m = new HashMap<>();
        m.put(name, json(value));
        for (int i = 0; i < more.length; i += 2) {
            m.put((String) more[i], json(more[i + 1]));
        }
        return m;
    }

    private static Object json(Object value) {
        return value instanceof UUID || value instanceof Instant ? value.toString() : value;
    }

    protected long firedEvents(UUID reminderId) {
        return events.eventsOf(ReminderEvents.REMINDER_FIRED).stream()
                .filter(e -> e.data().reminderId().equals(reminderId))
                .count();
    }
}
