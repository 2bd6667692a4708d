package dev.ordo.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.ordo.contracts.events.EventCodec;
import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.testsupport.OrdoIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/**
 * A poll's records are handled as one batch, in one transaction (ADR 0025). The listener is called here
 * directly with made-up batches (what the container would hand it), and once through Kafka.
 */
@OrdoIntegrationTest
class BatchConsumptionIntegrationTest {

    private static final String TOPIC = "ordo.test.thing";
    private static final AtomicLong OFFSETS = new AtomicLong(1_000_000);

    @Autowired
    KafkaListenerEndpointRegistry registry;

    @Autowired
    EventCodec codec;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KafkaTemplate<String, String> outboxKafkaTemplate;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void a_batch_is_applied_in_its_order_and_an_event_delivered_twice_in_it_once() {
        String key = "batch-" + UUID.randomUUID();
        ConsumerRecord<String, String> first = record(key, key + "-1");
        List<ConsumerRecord<String, String>> batch =
                List.of(first, record(key, key + "-2"), copy(first), record(key, key + "-3"));

        listener().onMessage(batch);

        assertThat(countedOf(key)).containsExactly(key + "-1", key + "-2", key + "-3");
        assertThat(seen(key + "-1")).isEqualTo(1);
        assertThat(marks(batch)).isEqualTo(3);

        listener().onMessage(batch);
        assertThat(countedOf(key)).as("a redelivered batch changes nothing").hasSize(3);
    }

    @Test
    void a_poison_record_in_the_middle_is_reported_by_its_index_and_the_others_are_applied_once() {
        String key = "poison-batch-" + UUID.randomUUID();
        ConsumerRecord<String, String> before = record(key, key + "-before");
        ConsumerRecord<String, String> poison = new ConsumerRecord<>(TOPIC, 0, OFFSETS.incrementAndGet(), key, "{no");
        ConsumerRecord<String, String> after = record(key, key + "-after");

        assertThatThrownBy(() -> listener().onMessage(List.of(before, poison, after)))
                .isInstanceOf(BatchListenerFailedException.class)
                .satisfies(e -> assertThat(((BatchListenerFailedException) e).getIndex())
                        .isEqualTo(1));
        // the error handler commits what came before, dead-letters the poison and delivers the rest again
        assertThat(countedOf(key)).containsExactly(key + "-before");

        listener().onMessage(List.of(after));
        assertThat(countedOf(key)).containsExactly(key + "-before", key + "-after");
        // had the commit of the offsets been lost, the same batch again changes nothing but the poison's fate
        assertThatThrownBy(() -> listener().onMessage(List.of(before, poison, after)))
                .isInstanceOf(BatchListenerFailedException.class);
        assertThat(countedOf(key)).containsExactly(key + "-before", key + "-after");
    }

    @Test
    void an_event_a_handler_rejects_or_cannot_handle_yet_stops_the_batch_there_and_keeps_the_keys_order() {
        String key = "reject-batch-" + UUID.randomUUID();
        ConsumerRecord<String, String> one = record(key, key + "-1");
        ConsumerRecord<String, String> flaky = record(key, "flaky-" + key);
        ConsumerRecord<String, String> two = record(key, key + "-2");

        assertThatThrownBy(() -> listener().onMessage(List.of(one, flaky, two)))
                .isInstanceOf(BatchListenerFailedException.class)
                .satisfies(e -> assertThat(((BatchListenerFailedException) e).getIndex())
                        .isEqualTo(1));
        assertThat(countedOf(key)).as("nothing after the event that failed").containsExactly(key + "-1");

        OutboxTestApplication.NameCounter.flakyFails = false;
        try {
            // the error handler retries from the failed record on
            listener().onMessage(List.of(flaky, two));
        } finally {
            OutboxTestApplication.NameCounter.flakyFails = true;
        }
        assertThat(countedOf(key)).containsExactly(key + "-1", "flaky-" + key, key + "-2");
    }

    @Test
    void through_kafka_a_burst_with_a_duplicate_and_a_poison_record_stores_each_event_once() {
        String key = "burst-" + UUID.randomUUID();
        List<ConsumerRecord<String, String>> events = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            events.add(record(key, key + "-" + i));
        }
        for (int i = 0; i < events.size(); i++) {
            outboxKafkaTemplate.send(TOPIC, key, events.get(i).value());
            if (i == 20) {
                outboxKafkaTemplate.send(new ProducerRecord<>(TOPIC, key, "not an event " + key));
                outboxKafkaTemplate.send(TOPIC, key, events.get(3).value());
            }
        }
        outboxKafkaTemplate.flush();

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(countedOf(key)).hasSize(40));
        assertThat(countedOf(key))
                .as("once each, in the order sent")
                .containsExactlyElementsOf(events.stream()
                        .map(e -> codec.decode(e.value()).data().get("name").asString())
                        .toList());
        try (Consumer<String, String> consumer = dltConsumer()) {
            consumer.subscribe(List.of(TOPIC + ".events-test.dlt"));
            List<String> parked = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500)).forEach(r -> {
                    if (key.equals(r.key())) {
                        parked.add(r.value());
                    }
                });
                assertThat(parked).containsExactly("not an event " + key);
            });
        }
    }

    @SuppressWarnings("unchecked")
    private BatchMessageListener<String, String> listener() {
        return (BatchMessageListener<String, String>) registry.getListenerContainer("events-test-test-thing")
                .getContainerProperties()
                .getMessageListener();
    }

    private ConsumerRecord<String, String> record(String key, String name) {
        String value = codec.encode(new EventEnvelope<>(
                UUID.randomUUID(),
                "ordo/test",
                "thing.named",
                1,
                Instant.now(),
                key,
                1,
                null,
                new OutboxTestApplication.ThingNamed(name)));
        return new ConsumerRecord<>(TOPIC, 0, OFFSETS.incrementAndGet(), key, value);
    }

    private static ConsumerRecord<String, String> copy(ConsumerRecord<String, String> record) {
        return new ConsumerRecord<>(TOPIC, 0, OFFSETS.incrementAndGet(), record.key(), record.value());
    }

    private static List<String> countedOf(String key) {
        return OutboxTestApplication.NameCounter.counted.stream()
                .filter(name -> name.contains(key))
                .toList();
    }

    private long seen(String name) {
        return jdbc.sql("select coalesce(sum(seen), 0) from name_count where name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    private long marks(List<ConsumerRecord<String, String>> batch) {
        List<UUID> ids =
                batch.stream().map(r -> codec.decode(r.value()).id()).distinct().toList();
        return jdbc.sql("select count(*) from processed_event where consumer = 'events-test.test-thing' "
                        + "and event_id in (:ids)")
                .param("ids", ids)
                .query(Long.class)
                .single();
    }

    private Consumer<String, String> dltConsumer() {
        var props = KafkaTestUtils.consumerProps(broker, "dlt-reader-" + UUID.randomUUID(), false);
        props.put("auto.offset.reset", "earliest");
        props.put("key.deserializer", org.apache.kafka.common.serialization.StringDeserializer.class);
        props.put("value.deserializer", org.apache.kafka.common.serialization.StringDeserializer.class);
        return new DefaultKafkaConsumerFactory<String, String>(props).createConsumer();
    }
}
