package dev.ordo.audit.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import dev.ordo.audit.TestEvents;
import dev.ordo.audit.trail.AuditEvent;
import dev.ordo.audit.trail.AuditEventFilter;
import dev.ordo.audit.trail.AuditEvents;
import dev.ordo.contracts.events.EventCodec;
import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.events.Topics;
import dev.ordo.contracts.identity.IdentityEvents;
import dev.ordo.testsupport.OrdoIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

@OrdoIntegrationTest
class RecordingIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    AuditEvents trail;

    @Autowired
    MeterRegistry meters;

    @Autowired
    EmbeddedKafkaBroker broker;

    TestEvents events;

    @BeforeEach
    void setUp() {
        events = new TestEvents(kafka, codec);
    }

    @Test
    void anEventIsRecordedWithItsEnvelopeTopicAndData() {
        UUID user = UUID.randomUUID();
        Instant time = Instant.parse("2025-03-04T05:06:07.123456789Z");
        EventEnvelope<?> registered = events.publish(
                Topics.IDENTITY_USER,
                new EventEnvelope<>(
                        UUID.randomUUID(),
                        "ordo/identity",
                        IdentityEvents.USER_REGISTERED.name(),
                        1,
                        time,
                        user.toString(),
                        1,
                        user.toString(),
                        new IdentityEvents.UserRegistered(
                                user, "ada@example.com", "Ada", "Europe/Paris", "fr", List.of("user"), false)));

        await().atMost(PATIENCE).until(() -> trail.contains(registered.id()));

        AuditEvent stored = onlyEventAbout(user.toString());
        assertThat(stored.type()).isEqualTo("user.registered");
        assertThat(stored.source()).isEqualTo("ordo/identity");
        assertThat(stored.topic()).isEqualTo(Topics.IDENTITY_USER);
        assertThat(stored.actor()).isEqualTo(user.toString());
        assertThat(stored.occurredAt()).isEqualTo(time.truncatedTo(ChronoUnit.MICROS));
        assertThat(stored.recordedAt()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        assertThat(stored.data().get("email").asString()).isEqualTo("ada@example.com");
    }

    @Test
    void anEventDeliveredTwiceIsStoredAndCountedOnce() {
        String type = "test.delivered-twice-" + UUID.randomUUID();
        String subject = UUID.randomUUID().toString();
        EventEnvelope<Object> event = TestEvents.event(type, subject, UUID.randomUUID());
        events.publish(Topics.IDENTITY_USER, event);
        events.publish(Topics.IDENTITY_USER, event);
        // Same topic and key, so the sentinel is read after both copies.
        EventEnvelope<?> sentinel = events.publish(Topics.IDENTITY_USER, TestEvents.event(type, subject, null));

        await().atMost(PATIENCE).until(() -> trail.contains(sentinel.id()));

        assertThat(trail.find(new AuditEventFilter(null, subject, null, null, null), null, 10))
                .extracting(AuditEvent::id)
                .containsExactlyInAnyOrder(event.id(), sentinel.id());
        assertThat(meters.get(AuditRecorder.STORED_METRIC)
                        .tag("type", type)
                        .counter()
                        .count())
                .isEqualTo(2.0);
    }

    @Test
    void aTopicCreatedAfterTheServiceStartedIsPickedUpWithoutAChange() {
        String topic = "ordo.newservice.thing";
        broker.addTopics(topic);
        EventEnvelope<?> event = events.publish(
                topic, TestEvents.event("thing.created", UUID.randomUUID().toString(), UUID.randomUUID()));

        await().atMost(PATIENCE).until(() -> trail.contains(event.id()));

        assertThat(onlyEventAbout(event.subject()).topic()).isEqualTo(topic);
    }

    @Test
    void aMessageThatIsNoEventIsParkedOnTheDeadLetterTopicAndTheNextMessageIsRecorded() {
        String poison = "this is not JSON " + UUID.randomUUID();
        events.send(Topics.IDENTITY_USER, "poison", poison);
        EventEnvelope<?> next = events.publish(
                Topics.IDENTITY_USER,
                TestEvents.event("user.updated", UUID.randomUUID().toString(), UUID.randomUUID()));

        await().atMost(PATIENCE).until(() -> trail.contains(next.id()));

        try (KafkaConsumer<String, String> deadLetters = deadLetterReader()) {
            deadLetters.subscribe(List.of(Topics.deadLetterTopicOf(Topics.IDENTITY_USER, "audit")));
            List<String> parked = new ArrayList<>();
            await().atMost(PATIENCE).untilAsserted(() -> {
                deadLetters.poll(Duration.ofMillis(500)).forEach(r -> parked.add(r.value()));
                assertThat(parked).contains(poison);
            });
        }
    }

    private AuditEvent onlyEventAbout(String subject) {
        List<AuditEvent> found = trail.find(new AuditEventFilter(null, subject, null, null, null), null, 10);
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    private KafkaConsumer<String, String> deadLetterReader() {
        Map<String, Object> props = KafkaTestUtils.consumerProps(
                broker.getBrokersAsString(), "dead-letter-reader-" + UUID.randomUUID(), false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return new KafkaConsumer<>(props);
    }
}
