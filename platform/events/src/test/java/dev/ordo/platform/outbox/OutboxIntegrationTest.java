package dev.ordo.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.ordo.contracts.events.EventCodec;
import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.platform.events.IdempotentConsumer;
import dev.ordo.testsupport.OrdoIntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

@OrdoIntegrationTest
class OutboxIntegrationTest {

    @Autowired
    OutboxTestApplication.Things things;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventCodec codec;

    @Autowired
    IdempotentConsumer idempotentConsumer;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    KafkaTemplate<String, String> outboxKafkaTemplate;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    KafkaProperties kafkaProperties;

    @Autowired
    OutboxRelay relay;

    @Autowired
    dev.ordo.platform.events.DeadLetterEndpoint deadLetters;

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void an_event_written_with_a_change_reaches_kafka_keyed_by_the_aggregate_in_its_envelope() {
        String id = "thing-" + UUID.randomUUID();
        things.name(id, "Ada");

        ConsumerRecord<String, String> record = firstRecordFor(id);
        EventEnvelope<JsonNode> envelope = codec.decode(record.value());
        assertThat(envelope.type()).isEqualTo("thing.named");
        assertThat(envelope.source()).isEqualTo("ordo/events-test");
        assertThat(envelope.subject()).isEqualTo(id);
        assertThat(envelope.actor()).isEqualTo("user-1");
        assertThat(codec.data(envelope, OutboxTestApplication.THING_NAMED).name())
                .isEqualTo("Ada");
        await().untilAsserted(() -> assertThat(
                        jdbc.sql("select published_at is not null from outbox_event where event_key = :id")
                                .param("id", id)
                                .query(Boolean.class)
                                .single())
                .isTrue());
    }

    @Test
    void a_rolled_back_change_leaves_no_event() {
        String id = "thing-" + UUID.randomUUID();
        assertThatThrownBy(() -> things.nameThenFail(id, "Ghost")).isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.sql("select count(*) from outbox_event where event_key = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void appending_outside_a_transaction_is_refused() {
        assertThatThrownBy(() -> outbox.append(
                        OutboxTestApplication.THING_NAMED, "x", null, new OutboxTestApplication.ThingNamed("x")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void while_kafka_cannot_be_reached_events_wait_in_the_outbox_and_are_sent_later() {
        await().until(() -> relay.pendingCount() == 0); // so this test's event is the first the cut-off relay tries
        relay.stop();
        String id = "thing-" + UUID.randomUUID();
        try {
            things.name(id, "Offline");
            OutboxRelay cutOff = relayTo("127.0.0.1:1");
            assertThatThrownBy(cutOff::relayBatch).isInstanceOf(IllegalStateException.class);
            Map<String, Object> row = jdbc.sql(
                            "select published_at, attempts, last_error from outbox_event where event_key = :id")
                    .param("id", id)
                    .query()
                    .singleRow();
            assertThat(row.get("published_at")).isNull();
            assertThat(row.get("attempts")).isEqualTo(1);
            assertThat((String) row.get("last_error")).isNotBlank();
        } finally {
            relay.start();
        }
        assertThat(firstRecordFor(id)).isNotNull();
    }

    @Test
    void each_event_carries_its_aggregates_version_counted_from_one_by_the_outbox() {
        String first = "thing-" + UUID.randomUUID();
        String second = "thing-" + UUID.randomUUID();
        things.name(first, "v1");
        things.rename(first, "v2");
        things.name(second, "other");
        things.rename(first, "v3");

        assertThat(jdbc.sql("select aggregate_version from outbox_event where event_key = :id order by seq")
                        .param("id", first)
                        .query(Long.class)
                        .list())
                .containsExactly(1L, 2L, 3L);
        assertThat(codec.decode(firstRecordFor(second).value()).aggregateVersion())
                .isEqualTo(1);
    }

    @Test
    void writers_of_one_aggregate_in_parallel_get_distinct_versions_in_the_order_the_relay_sends_them()
            throws Exception {
        String id = "thing-" + UUID.randomUUID();
        things.name(id, "start");
        try (var executor = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            List<java.util.concurrent.Future<?>> writes = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                int n = i;
                writes.add(executor.submit(() -> things.rename(id, "name-" + n)));
            }
            for (var write : writes) {
                write.get();
            }
        }
        assertThat(jdbc.sql("select aggregate_version from outbox_event where event_key = :id order by seq")
                        .param("id", id)
                        .query(Long.class)
                        .list())
                .containsExactlyElementsOf(
                        java.util.stream.LongStream.rangeClosed(1, 13).boxed().toList());
    }

    @Test
    void a_consumer_applies_a_redelivered_event_only_once() {
        String name = "twice-" + UUID.randomUUID();
        EventEnvelope<OutboxTestApplication.ThingNamed> envelope = new EventEnvelope<>(
                UUID.randomUUID(),
                "ordo/test",
                "thing.named",
                1,
                java.time.Instant.now(),
                "t",
                0,
                null,
                new OutboxTestApplication.ThingNamed(name));
        String json = codec.encode(envelope);
        outboxKafkaTemplate.send("ordo.test.thing", "t", json);
        outboxKafkaTemplate.send("ordo.test.thing", "t", json);
        String marker = "marker-" + UUID.randomUUID();
        things.name("thing-" + UUID.randomUUID(), marker);

        await().untilAsserted(() -> assertThat(seen(marker)).isEqualTo(1));
        assertThat(seen(name)).isEqualTo(1);
    }

    @Test
    void an_effect_that_fails_leaves_no_mark_so_the_event_can_be_applied_again() {
        UUID event = UUID.randomUUID();
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> idempotentConsumer.once("flaky", event, () -> {
                    attempts.incrementAndGet();
                    throw new IllegalStateException("database hiccup");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(idempotentConsumer.once("flaky", event, attempts::incrementAndGet))
                .isTrue();
        assertThat(idempotentConsumer.once("flaky", event, attempts::incrementAndGet))
                .isFalse();
        assertThat(attempts).hasValue(2);
    }

    @Test
    void a_consumer_marks_what_it_applied_under_its_group_and_topic() {
        String name = "marked-" + UUID.randomUUID();
        things.name("thing-" + UUID.randomUUID(), name);
        await().untilAsserted(() -> assertThat(seen(name)).isEqualTo(1));
        UUID id = jdbc.sql("select id from outbox_event where payload like :name")
                .param("name", "%" + name + "%")
                .query(UUID.class)
                .single();
        assertThat(jdbc.sql("select consumer from processed_event where event_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("events-test.test-thing");
    }

    @Test
    void events_of_types_nobody_subscribed_to_are_skipped_without_a_mark() {
        String subject = "unknown-" + UUID.randomUUID();
        UUID id = UUID.randomUUID();
        outboxKafkaTemplate.send(
                "ordo.test.thing",
                subject,
                codec.encode(new EventEnvelope<>(
                        id, "ordo/test", "thing.painted", 1, java.time.Instant.now(), subject, 1, null, "blue")));
        String after = "after-unknown-" + UUID.randomUUID();
        things.name(subject, after);

        await().untilAsserted(() -> assertThat(seen(after)).isEqualTo(1));
        assertThat(jdbc.sql("select count(*) from processed_event where event_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(deadLetters.pending("ordo.test.thing"))
                .noneSatisfy(letter -> assertThat(letter.key()).isEqualTo(subject));
    }

    @Test
    void poison_messages_go_to_the_dead_letter_topic_and_the_consumer_carries_on() {
        String key = "poison-" + UUID.randomUUID();
        outboxKafkaTemplate.send(new ProducerRecord<>("ordo.test.thing", key, "this is not json"));
        things.name(key, "explode-" + key);
        String after = "after-" + UUID.randomUUID();
        things.name("thing-" + UUID.randomUUID(), after);

        await().untilAsserted(() -> assertThat(seen(after)).isEqualTo(1));
        try (Consumer<String, String> consumer = consumer("dlt-reader")) {
            consumer.subscribe(List.of("ordo.test.thing.events-test.dlt"));
            List<String> parked = new java.util.ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500)).forEach(r -> {
                    if (key.equals(r.key())) {
                        parked.add(r.value());
                    }
                });
                assertThat(parked).hasSize(2).contains("this is not json");
            });
        }
    }

    @Test
    void dead_letters_are_listed_and_after_a_fix_replayed_once() {
        String name = "explode-" + UUID.randomUUID();
        things.name("thing-" + UUID.randomUUID(), name);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(deadLetters.pending("ordo.test.thing"))
                        .anySatisfy(letter -> assertThat(letter.value()).contains(name)));
        assertThat(seen(name)).isZero();

        OutboxTestApplication.NameCounter.explodeFails = false;
        try {
            assertThat(deadLetters.replay("ordo.test.thing").replayed()).isPositive();
            await().untilAsserted(() -> assertThat(seen(name)).isEqualTo(1));
            assertThat(deadLetters.pending("ordo.test.thing"))
                    .noneSatisfy(letter -> assertThat(letter.value()).contains(name));
            deadLetters.replay("ordo.test.thing");
            assertThat(seen(name)).as("replayed once, and applied once").isEqualTo(1);
        } finally {
            OutboxTestApplication.NameCounter.explodeFails = true;
        }
    }

    @Test
    void only_ordo_topics_have_dead_letters_to_show() {
        assertThatThrownBy(() -> deadLetters.pending("__consumer_offsets"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private long seen(String name) {
        return jdbc.sql("select coalesce(sum(seen), 0) from name_count where name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    private OutboxRelay relayTo(String bootstrap) {
        Map<String, Object> config = new HashMap<>(kafkaProperties.buildProducerProperties());
        config.put("bootstrap.servers", bootstrap);
        config.put("key.serializer", org.apache.kafka.common.serialization.StringSerializer.class);
        config.put("value.serializer", org.apache.kafka.common.serialization.StringSerializer.class);
        config.put("max.block.ms", 500);
        KafkaTemplate<String, String> template =
                new KafkaTemplate<>(new org.springframework.kafka.core.DefaultKafkaProducerFactory<>(config));
        return new OutboxRelay(
                dataSource,
                template,
                new OutboxProperties(null, null, null, Duration.ofSeconds(2), null, null, null),
                Clock.systemUTC());
    }

    private ConsumerRecord<String, String> firstRecordFor(String key) {
        try (Consumer<String, String> consumer = consumer("reader-" + UUID.randomUUID())) {
            consumer.subscribe(List.of("ordo.test.thing"));
            @SuppressWarnings("unchecked")
            ConsumerRecord<String, String>[] found = new ConsumerRecord[1];
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (ConsumerRecord<String, String> r : KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500))) {
                    if (key.equals(r.key())) {
                        found[0] = r;
                    }
                }
                assertThat(found[0]).isNotNull();
            });
            return found[0];
        }
    }

    private Consumer<String, String> consumer(String group) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, group, false);
        props.put("auto.offset.reset", "earliest");
        props.put("key.deserializer", org.apache.kafka.common.serialization.StringDeserializer.class);
        props.put("value.deserializer", org.apache.kafka.common.serialization.StringDeserializer.class);
        return new DefaultKafkaConsumerFactory<String, String>(props).createConsumer();
    }
}
