package dev.ordo.testsupport;

import static org.awaitility.Awaitility.await;

import dev.ordo.contracts.events.EventCodec;
import dev.ordo.contracts.events.EventDecodingException;
import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.events.EventType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a topic of the embedded broker from the beginning, without a consumer group, to see what a
 * service really published: {@code probe.awaitEvent(TaskEvents.TASK_COMPLETED, done -> done.taskId().equals(id))}
 * waits for the first such event and returns its data, read with the contracts' {@link EventCodec} like a
 * consumer reads it.
 */
public final class TopicProbe implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final EventCodec CODEC = new EventCodec(JSON);

    private final KafkaConsumer<String, String> consumer;
    private final String topic;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public TopicProbe(String bootstrapServers, String topic) {
        this.topic = topic;
        this.consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new StringDeserializer(),
                new StringDeserializer());
    }

    /** A probe of the topic {@code type} is published on. */
    public static TopicProbe of(String bootstrapServers, EventType<?> type) {
        return new TopicProbe(bootstrapServers, type.topic());
    }

    /** Waits for the first event of {@code type} (in topic order) whose data matches, and returns its data. */
    public <T> T awaitEvent(EventType<T> type, Predicate<? super T> predicate) {
        return awaitEnvelope(type, event -> predicate.test(event.data())).data();
    }

    /**
     * Waits for the first event of {@code type} (in topic order) matching {@code predicate}, which may look at
     * the envelope too (subject, aggregate version, actor), and returns it with its data bound.
     */
    public <T> EventEnvelope<T> awaitEnvelope(EventType<T> type, Predicate<? super EventEnvelope<T>> predicate) {
        if (!type.topic().equals(topic)) {
            throw new IllegalArgumentException(type.name() + " is published on " + type.topic() + ", not " + topic);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            readMore();
            return find(type, predicate).isPresent();
        });
        return find(type, predicate).orElseThrow();
    }

    /** Every event of {@code type} published so far (as far as the probe has read), in topic order. */
    public <T> List<EventEnvelope<T>> eventsOf(EventType<T> type) {
        readMore();
        return seenOf(type);
    }

    /**
     * The events of {@code key} seen so far, in topic order, each bound to the one of {@code types} it is;
     * other types are left out. A test folds them with a pattern switch on the records
     * ({@code case ProjectEvents.MemberAdded added -> …}), never on type names.
     */
    public List<EventEnvelope<?>> eventsOf(String key, Collection<? extends EventType<?>> types) {
        readMore();
        List<EventEnvelope<?>> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : seen) {
            if (!key.equals(record.key())) {
                continue;
            }
            decoded(record)
                    .ifPresent(envelope -> types.stream()
                            .filter(type -> type.name().equals(envelope.type()))
                            .findFirst()
                            .ifPresent(type -> events.add(CODEC.bind(envelope, type))));
        }
        return events;
    }

    private <T> Optional<EventEnvelope<T>> find(EventType<T> type, Predicate<? super EventEnvelope<T>> predicate) {
        return seenOf(type).stream().filter(predicate).findFirst();
    }

    /** Messages that are no Ordo event (a test's poison message) are not events of any type. */
    private <T> List<EventEnvelope<T>> seenOf(EventType<T> type) {
        List<EventEnvelope<T>> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : seen) {
            decoded(record)
                    .filter(envelope -> type.name().equals(envelope.type()))
                    .ifPresent(envelope -> events.add(CODEC.bind(envelope, type)));
        }
        return events;
    }

    private static Optional<EventEnvelope<JsonNode>> decoded(ConsumerRecord<String, String> record) {
        try {
            return Optional.of(CODEC.decode(record.value()));
        } catch (EventDecodingException e) {
            return Optional.empty();
        }
    }

    /** The envelopes (as JSON) with this key, in topic order, once the last one is of {@code lastType}. */
    public List<JsonNode> awaitEventsOf(String key, String lastType) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            readMore();
            List<JsonNode> events = eventsOf(key);
            return !events.isEmpty()
                    && lastType.equals(events.getLast().path("type").asString());
        });
        return eventsOf(key);
    }

    /** Waits for the event of {@code type} about {@code subject} and returns its record. */
    public ConsumerRecord<String, String> awaitEvent(String type, String subject) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            readMore();
            return find(type, subject).isPresent();
        });
        return find(type, subject).orElseThrow();
    }

    /** The envelopes (as JSON) with this key seen so far, in topic order. */
    public List<JsonNode> eventsOf(String key) {
        return seen.stream()
                .filter(r -> key.equals(r.key()))
                .map(r -> JSON.readTree(r.value()))
                .toList();
    }

    public static JsonNode json(ConsumerRecord<String, String> record) {
        return JSON.readTree(record.value());
    }

    private Optional<ConsumerRecord<String, String>> find(String type, String subject) {
        return seen.stream()
                .filter(r -> subject.equals(r.key()))
                .filter(r -> type.equals(json(r).path("type").asString()))
                .findFirst();
    }

    /** Assigns the partitions once the topic exists (no consumer group: nothing to wait for). */
    private void readMore() {
        if (consumer.assignment().isEmpty()) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(2));
            if (partitions == null || partitions.isEmpty()) {
                return;
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
        }
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
