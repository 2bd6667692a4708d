package dev.ordo.platform.events;

import dev.ordo.contracts.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * {@code /actuator/deadletters/{topic}}: what this service's consumer groups parked on
 * {@code <topic>.<group>.dlt}, and a way to send it back. Reading shows the messages not yet replayed (with
 * the exception that parked them); replaying republishes them to {@code <topic>} with their keys, in order,
 * and remembers how far it got (a consumer group of this service), so each dead letter goes back once.
 * Consumers are idempotent and compare aggregate versions, so an event that had in fact been applied, or
 * that is older than what a replica holds, changes nothing. Admins only (see the security chain).
 */
@Endpoint(id = "deadletters")
public class DeadLetterEndpoint {

    private static final int MAX_SHOWN = 100;
    private static final Duration POLL = Duration.ofMillis(500);

    private final Map<String, Object> consumerConfig;
    private final KafkaTemplate<String, String> kafka;
    private final String replayGroup;
    private final Supplier<Collection<String>> groups;

    /** @param groups this service's consumer groups (of its listener containers) */
    public DeadLetterEndpoint(
            Map<String, Object> consumerConfig,
            KafkaTemplate<String, String> kafka,
            String applicationName,
            Supplier<Collection<String>> groups) {
        this.consumerConfig = consumerConfig;
        this.kafka = kafka;
        this.replayGroup = "ordo-dlt-replay-" + applicationName;
        this.groups = groups;
    }

    public record DeadLetter(
            String deadLetterTopic,
            int partition,
            long offset,
            String key,
            String value,
            Map<String, String> headers) {}

    public record Replayed(String topic, int replayed) {}

    @ReadOperation
    public List<DeadLetter> pending(@Selector String topic) {
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            for (ConsumerRecord<String, String> record : unreplayed(consumer, topic)) {
                if (letters.size() == MAX_SHOWN) {
                    break;
                }
                letters.add(new DeadLetter(
                        record.topic(),
                        record.partition(),
                        record.offset(),
                        record.key(),
                        record.value(),
                        headers(record)));
            }
        }
        return letters;
    }

    @WriteOperation
    public Replayed replay(@Selector String topic) {
        int count = 0;
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<ConsumerRecord<String, String>> records = unreplayed(consumer, topic);
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            for (ConsumerRecord<String, String> record : records) {
                send(new ProducerRecord<>(topic, record.key(), record.value()));
                done.put(
                        new TopicPartition(record.topic(), record.partition()),
                        new OffsetAndMetadata(record.offset() + 1));
                count++;
            }
            if (!done.isEmpty()) {
                consumer.commitSync(done);
            }
        }
        return new Replayed(topic, count);
    }

    private void send(ProducerRecord<String, String> record) {
        try {
            kafka.send(record).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // nothing is committed then: the next replay sends these again, which idempotent consumers absorb
            throw new IllegalStateException("Kafka did not take the replayed message: " + e.getMessage(), e);
        }
    }

    /** Everything on the groups' {@code <topic>.<group>.dlt} after what was last replayed, in partition order. */
    private List<ConsumerRecord<String, String>> unreplayed(KafkaConsumer<String, String> consumer, String topic) {
        if (!Topics.isOrdoTopic(topic)) {
            throw new IllegalArgumentException("not an Ordo event topic: " + topic);
        }
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        List<TopicPartition> assigned = new ArrayList<>();
        // only topics that exist: asking for the partitions of one that does not would create it
        Map<String, List<PartitionInfo>> existing = consumer.listTopics(Duration.ofSeconds(5));
        for (String group : new java.util.TreeSet<>(groups.get())) {
            List<PartitionInfo> partitions = existing.get(Topics.deadLetterTopicOf(topic, group));
            if (partitions != null) {
                partitions.forEach(p -> assigned.add(new TopicPartition(p.topic(), p.partition())));
            }
        }
        if (assigned.isEmpty()) {
            return records;
        }
        consumer.assign(assigned);
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new java.util.HashSet<>(assigned));
        Map<TopicPartition, Long> ends = consumer.endOffsets(assigned);
        for (TopicPartition partition : assigned) {
            OffsetAndMetadata from = committed.get(partition);
            if (from == null) {
                consumer.seekToBeginning(List.of(partition));
            } else {
                consumer.seek(partition, from.offset());
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline && !caughtUp(consumer, assigned, ends)) {
            consumer.poll(POLL).forEach(records::add);
        }
        return records;
    }

    private static boolean caughtUp(
            KafkaConsumer<String, String> consumer, List<TopicPartition> partitions, Map<TopicPartition, Long> ends) {
        return partitions.stream().allMatch(p -> consumer.position(p) >= ends.getOrDefault(p, 0L));
    }

    private KafkaConsumer<String, String> consumer() {
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, replayGroup);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            if (header.key().startsWith("kafka_dlt-exception-message")
                    || header.key().startsWith("kafka_dlt-original")
                    || header.key().startsWith("ce_")) {
                String value = header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
                headers.put(header.key(), value.length() > 500 ? value.substring(0, 500) + "…" : value);
            }
        }
        return headers;
    }
}
