package dev.ordo.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ordo.contracts.events.EventCodec;
import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.platform.events.DeadLetterEndpoint;
import dev.ordo.platform.events.ReplayEndpoint;
import dev.ordo.testsupport.OrdoIntegrationTest;
import dev.ordo.testsupport.TestPostgres;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/** Issue 9: an outbox nothing can stop, consumers that outlast their database, pruning and replay. */
@OrdoIntegrationTest
class OutboxResilienceIntegrationTest {

    @Autowired
    OutboxTestApplication.Things things;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventCodec codec;

    @Autowired
    KafkaTemplate<String, String> outboxKafkaTemplate;

    @Autowired
    DeadLetterEndpoint deadLetters;

    @Autowired
    ReplayEndpoint replay;

    @Autowired
    Pruning pruning;

    @Autowired
    MeterRegistry meters;

    @Test
    void an_event_kafka_refuses_is_parked_while_other_aggregates_flow_and_later_events_of_its_own_wait() {
        String big = "big-" + UUID.randomUUID();
        String other = "other-" + UUID.randomUUID();
        things.name(big, "x".repeat(1_100_000)); // over the producer's max.request.size (1 MB)
        things.rename(big, "small again");
        things.name(other, "flows-" + other);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jdbc.sql(
                                        "select parked_at is not null from outbox_event where event_key = :id and aggregate_version = 1")
                                .param("id", big)
                                .query(Boolean.class)
                                .single())
                        .isTrue());
        await().untilAsserted(() -> assertThat(published(other)).containsExactly(true));
        var parked = jdbc.sql(
                        "select attempts, last_error from outbox_event where event_key = :id and aggregate_version = 1")
                .param("id", big)
                .query()
                .singleRow();
        assertThat((Integer) parked.get("attempts")).isEqualTo(5);
        assertThat((String) parked.get("last_error")).contains("RecordTooLargeException");
        assertThat(meters.get("ordo.outbox.parked").gauge().value()).isGreaterThanOrEqualTo(1);
        assertThat(published(big))
                .as("the later event of the parked aggregate waits")
                .containsExactly(false, false);

        // the operator discards the parked event (platform/events README): the aggregate's later events go on
        jdbc.sql("delete from outbox_event where event_key = :id and parked_at is not null")
                .param("id", big)
                .update();
        things.name("wake-" + UUID.randomUUID(), "wake up");
        await().untilAsserted(() -> assertThat(published(big)).containsExactly(true));
    }

    @Test
    void a_consumer_whose_database_is_away_keeps_retrying_and_applies_the_event_when_it_is_back() throws Exception {
        String key = "outage-" + UUID.randomUUID();
        String name = "during-outage-" + key;
        String database =
                jdbc.sql("select current_database()").query(String.class).single();
        double failedBefore = failedDeliveries();
        setConnections(database, false);
        try {
            outboxKafkaTemplate
                    .send(
                            "ordo.test.thing",
                            key,
                            codec.encode(new EventEnvelope<>(
                                    UUID.randomUUID(),
                                    "ordo/test",
                                    "thing.named",
                                    1,
                                    Instant.now(),
                                    key,
                                    1,
                                    null,
                                    new OutboxTestApplication.ThingNamed(name))))
                    .get();
            // far more attempts than the old 300 ms budget allowed before parking
            await().atMost(Duration.ofSeconds(60)).until(() -> failedDeliveries() >= failedBefore + 5);
        } finally {
            setConnections(database, true);
        }
        // the pool may still hand out an error from the outage for a moment
        await().atMost(Duration.ofSeconds(60))
                .ignoreExceptions()
                .untilAsserted(() -> assertThat(seen(name)).isEqualTo(1));
        assertThat(deadLetters.pending("ordo.test.thing"))
                .noneSatisfy(letter -> assertThat(letter.key()).isEqualTo(key));
    }

    @Test
    void sent_events_and_processed_marks_are_pruned_after_their_retention_but_unsent_and_parked_ones_stay() {
        Instant old = Instant.now().minus(Duration.ofDays(40));
        UUID sentLongAgo = insertOutboxRow(old, old, null);
        UUID sentRecently = insertOutboxRow(Instant.now(), Instant.now(), null);
        UUID neverSent = insertOutboxRow(old, null, null);
        UUID parked = insertOutboxRow(old, null, old);
        UUID oldMark = UUID.randomUUID();
        UUID freshMark = UUID.randomUUID();
        jdbc.sql(
                        "insert into processed_event (consumer, event_id, processed_at) values ('prune', :a, :old), ('prune', :b, now())")
                .param("a", oldMark)
                .param("b", freshMark)
                .param("old", Timestamp.from(old))
                .update();

        assertThat(pruning.pruneSentEvents()).isPositive();
        assertThat(pruning.pruneProcessedEvents()).isPositive();

        assertThat(jdbc.sql("select id from outbox_event where id in (:ids)")
                        .param("ids", List.of(sentLongAgo, sentRecently, neverSent, parked))
                        .query(UUID.class)
                        .list())
                .containsExactlyInAnyOrder(sentRecently, neverSent, parked);
        assertThat(jdbc.sql("select event_id from processed_event where consumer = 'prune'")
                        .query(UUID.class)
                        .list())
                .containsExactly(freshMark);
        jdbc.sql("delete from outbox_event where id in (:ids)")
                .param("ids", List.of(neverSent, parked))
                .update();
    }

    @Test
    void the_pruning_jobs_are_scheduled_with_db_scheduler() {
        await().untilAsserted(() -> assertThat(jdbc.sql("select task_name from scheduled_tasks")
                        .query(String.class)
                        .list())
                .contains(
                        PruningJobsAutoConfiguration.PRUNE_OUTBOX,
                        PruningJobsAutoConfiguration.PRUNE_PROCESSED_EVENTS));
    }

    @Test
    void a_wiped_read_model_is_rebuilt_by_replaying_its_topics_from_the_first_event() {
        String prefix = "replayed-" + UUID.randomUUID();
        List<String> names = List.of(prefix + "-a", prefix + "-b", prefix + "-c");
        names.forEach(n -> things.name("thing-" + UUID.randomUUID(), n));
        await().untilAsserted(() -> names.forEach(n -> assertThat(seen(n)).isEqualTo(1)));
        jdbc.sql("delete from name_count where name like :prefix")
                .param("prefix", prefix + "%")
                .update();

        ReplayEndpoint.Replay result = replay.replay();

        assertThat(result.groups()).containsExactly("events-test");
        assertThat(result.readModels()).containsExactly("name-count");
        assertThat(result.partitions()).isPositive();
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> names.forEach(n -> assertThat(seen(n)).isEqualTo(1)));
    }

    private double failedDeliveries() {
        var failed = meters.find("ordo.events.failed")
                .tags("group", "events-test", "topic", "ordo.test.thing")
                .counter();
        return failed == null ? 0 : failed.count();
    }

    private List<Boolean> published(String key) {
        return jdbc.sql("select published_at is not null from outbox_event where event_key = :id order by seq")
                .param("id", key)
                .query(Boolean.class)
                .list();
    }

    private UUID insertOutboxRow(Instant created, Instant published, Instant parkedAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into outbox_event (id, topic, event_key, event_type, payload, created_at, published_at, parked_at)
                        values (:id, 'ordo.test.pruned', :id, 'thing.named', '{}', :created, :published, :parked)""")
                .param("id", id)
                .param("created", Timestamp.from(created))
                .param("published", published == null ? null : Timestamp.from(published))
                .param("parked", parkedAt == null ? null : Timestamp.from(parkedAt))
                .update();
        return id;
    }

    private long seen(String name) {
        return jdbc.sql("select coalesce(sum(seen), 0) from name_count where name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    /** Makes the database refuse every connection (superusers too) and drops the open ones; or lets them in. */
    private static void setConnections(String database, boolean allowed) throws Exception {
        try (Connection c = DriverManager.getConnection(
                        TestPostgres.url("postgres"), TestPostgres.USER, TestPostgres.PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("alter database " + database + " allow_connections " + allowed);
            if (!allowed) {
                s.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
            }
        }
    }
}
