package dev.ordo.audit;

import dev.ordo.contracts.events.EventCodec;
import dev.ordo.contracts.events.EventEnvelope;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.kafka.core.KafkaTemplate;

/** Publishes real Ordo envelopes (and, on purpose, things that are not) to the embedded broker. */
public final class TestEvents {

    private final KafkaTemplate<String, String> kafka;
    private final EventCodec codec;

    public TestEvents(KafkaTemplate<String, String> kafka, EventCodec codec) {
        this.kafka = kafka;
        this.codec = codec;
    }

    /** An event of {@code type} about {@code subject}, caused by {@code actor}, that happened at {@code time}. */
    public static EventEnvelope<Object> event(String type, String subject, UUID actor, Instant time) {
        return new EventEnvelope<>(
                UUID.randomUUID(),
                "ordo/test",
                type,
                1,
                time,
                subject,
                1,
                actor == null ? null : actor.toString(),
                Map.of("subject", subject, "note", "made by a test"));
    }

    public static EventEnvelope<Object> event(String type, String subject, UUID actor) {
        return event(type, subject, actor, Instant.now());
    }

    public EventEnvelope<?> publish(String topic, EventEnvelope<?> envelope) {
        send(topic, envelope.subject(), codec.encode(envelope));
        return envelope;
    }

    public void send(String topic, String key, String value) {
        try {
            kafka.send(topic, key, value).get(Duration.ofSeconds(15).toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }
}
