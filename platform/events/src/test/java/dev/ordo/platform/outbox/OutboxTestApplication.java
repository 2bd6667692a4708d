package dev.ordo.platform.outbox;

import dev.ordo.contracts.events.EventType;
import dev.ordo.platform.events.EventSubscriptions;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A tiny service with one aggregate ("thing"), its events and a subscription to them (group events-test). */
@SpringBootApplication
public class OutboxTestApplication {

    public record ThingNamed(String name) {}

    public static final EventType<ThingNamed> THING_NAMED =
            new EventType<>("thing.named", 1, ThingNamed.class, "ordo.test.thing");

    @Component
    public static class Things {
        private final Outbox outbox;
        private final JdbcClient jdbc;

        Things(Outbox outbox, JdbcClient jdbc) {
            this.outbox = outbox;
            this.jdbc = jdbc;
        }

        @Transactional
        public void name(String id, String name) {
            jdbc.sql("insert into thing (id, name) values (:id, :name)")
                    .param("id", id)
                    .param("name", name)
                    .update();
            outbox.append(THING_NAMED, id, "user-1", new ThingNamed(name));
        }

        /** Another event of an existing thing (its row is left alone). */
        @Transactional
        public void rename(String id, String name) {
            outbox.append(THING_NAMED, id, "user-1", new ThingNamed(name));
        }

        @Transactional
        public void nameThenFail(String id, String name) {
            name(id, name);
            throw new IllegalStateException("rolled back on purpose");
        }
    }

    /** The name counts are a read model: a replay empties them and counts again from the first event. */
    @Component
    public static class NameCounts implements dev.ordo.platform.events.ReplayableReadModel {
        private final JdbcClient jdbc;

        NameCounts(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String name() {
            return "name-count";
        }

        @Override
        public void reset() {
            jdbc.sql("delete from name_count").update();
        }
    }

    /** Counts names it has seen, once per event, in the same transaction as the mark. */
    @Component
    public static class NameCounter {
        /** While set, names starting with "explode" fail: the bug that a later fix (and a replay) mends. */
        public static volatile boolean explodeFails = true;
        /** While set, names starting with "flaky" fail as if the database were away (retried, never parked). */
        public static volatile boolean flakyFails = true;
        /** The names counted and committed, in the order they were (tests of batch order read and clear it). */
        public static final java.util.Queue<String> counted = new java.util.concurrent.ConcurrentLinkedQueue<>();

        private final JdbcClient jdbc;

        NameCounter(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        void count(ThingNamed named) {
            if (named.name().startsWith("explode") && explodeFails) {
                throw new IllegalArgumentException("cannot count this name");
            }
            if (named.name().startsWith("flaky") && flakyFails) {
                throw new IllegalStateException("the database is away");
            }
            jdbc.sql("""
                            insert into name_count (name, seen) values (:name, 1)
                            on conflict (name) do update set seen = name_count.seen + 1""").param("name", named.name()).update();
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            counted.add(named.name());
                        }
                    });
        }
    }

    @Bean
    EventSubscriptions thingEvents(NameCounter counter) {
        return new EventSubscriptions().on(THING_NAMED, (named, event) -> counter.count(named));
    }
}
