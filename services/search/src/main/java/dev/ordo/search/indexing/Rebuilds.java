package dev.ordo.search.indexing;

import dev.ordo.search.engine.SearchEngine;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilding the index without downtime ({@code ./ordo replay search}). The platform's replay stops the listeners,
 * moves the consumer groups back to their first event and resets the read models; the index's reset is
 * {@link #begin}: an empty shadow generation, and the end offsets the groups must reach. The listeners then replay
 * every event into the shadow (and, version-aware, into the live index, which keeps answering searches). Once the
 * groups' committed offsets reach those ends, {@link #completeIfCaughtUp} swaps the shadow in.
 */
@Service
public class Rebuilds {

    private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);
    private static final long ADMIN_TIMEOUT_SECONDS = 30;

    private final JdbcClient jdbc;
    private final SearchEngine engine;
    private final Map<String, Object> adminConfig;
    private final Supplier<Collection<? extends MessageListenerContainer>> containers;

    Rebuilds(
            JdbcClient jdbc,
            SearchEngine engine,
            KafkaProperties kafka,
            ObjectProvider<KafkaListenerEndpointRegistry> registry) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.adminConfig = kafka.buildAdminProperties();
        this.containers = () -> {
            KafkaListenerEndpointRegistry containers = registry.getIfAvailable();
            return containers == null ? List.of() : containers.getListenerContainers();
        };
    }

    /** Whether a rebuild is under way (also one begun by another instance, or before a restart). */
    public boolean underWay() {
        return jdbc.sql("select count(*) from search_rebuild").query(Long.class).single() > 0;
    }

    /** When the rebuild under way began, if one is. */
    public java.util.Optional<Instant> startedAt() {
        return jdbc.sql("select started_at from search_rebuild")
                .query(java.time.OffsetDateTime.class)
                .optional()
                .map(java.time.OffsetDateTime::toInstant);
    }

    /** A new shadow generation and the offsets that end the rebuild; in the replay's transaction. */
    @Transactional
    public void begin() {
        engine.beginRebuild();
        jdbc.sql("delete from search_rebuild_target").update();
        jdbc.sql("""
                        insert into search_rebuild (started_at) values (now())
                        on conflict (singleton) do update set started_at = excluded.started_at""").update();
        try (Admin admin = Admin.create(adminConfig)) {
            for (String group : groups()) {
                endOffsets(admin, group)
                        .forEach((partition, end) -> jdbc.sql("""
                                insert into search_rebuild_target (consumer_group, topic, partition, end_offset)
                                values (:g, :t, :p, :o)""")
                                .param("g", group)
                                .param("t", partition.topic())
                                .param("p", partition.partition())
                                .param("o", end)
                                .update());
            }
        }
        log.info(
                "Search rebuild: a shadow generation of the {} index is being filled from the first event",
                engine.name());
    }

    /**
     * Swaps the shadow in once every consumer group has processed the events that were there when the rebuild
     * began.
     *
     * @return whether a rebuild was completed
     */
    @Transactional
    public boolean completeIfCaughtUp() {
        if (!underWay()) {
            return false;
        }
        if (engine.rebuild().isEmpty()) {
            log.warn("Search rebuild: the shadow generation is gone; the rebuild is given up, the live index stays");
            forget();
            return false;
        }
        record Target(String group, TopicPartition partition, long end) {}
        List<Target> targets = jdbc.sql(
                        "select consumer_group, topic, partition, end_offset from search_rebuild_target")
                .query((rs, n) ->
                        new Target(rs.getString(1), new TopicPartition(rs.getString(2), rs.getInt(3)), rs.getLong(4)))
                .list();
        try (Admin admin = Admin.create(adminConfig)) {
            Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new HashMap<>();
            for (Target target : targets) {
                Map<TopicPartition, OffsetAndMetadata> offsets =
                        committed.computeIfAbsent(target.group(), group -> committed(admin, group));
                OffsetAndMetadata at = offsets.get(target.partition());
                if (at == null || at.offset() < target.end()) {
                    return false;
                }
            }
        }
        engine.completeRebuild();
        forget();
        log.info("Search rebuild: caught up; the shadow generation is now the live {} index", engine.name());
        return true;
    }

    /** Gives up the rebuild under way: the shadow is dropped, the live index stays as it is. */
    @Transactional
    public void abort() {
        engine.abortRebuild();
        forget();
    }

    private void forget() {
        jdbc.sql("delete from search_rebuild_target").update();
        jdbc.sql("delete from search_rebuild").update();
    }

    private List<String> groups() {
        return containers.get().stream()
                .map(MessageListenerContainer::getGroupId)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
    }

    /** The group's partitions (as the replay just reset them) and the offset after each one's last event. */
    private static Map<TopicPartition, Long> endOffsets(Admin admin, String group) {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        committed(admin, group).keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
        if (latest.isEmpty()) {
            return Map.of();
        }
        try {
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets =
                    admin.listOffsets(latest).all().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Map<TopicPartition, Long> ends = new HashMap<>();
            offsets.forEach((partition, info) -> ends.put(partition, info.offset()));
            return ends;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the end offsets of " + group, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not read the end offsets of " + group + ": " + e.getMessage(), e);
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> committed(Admin admin, String group) {
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> present = new HashMap<>();
            offsets.forEach((partition, offset) -> {
                if (offset != null) {
                    present.put(partition, offset);
                }
            });
            return present;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the offsets of " + group, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not read the offsets of " + group + ": " + e.getMessage(), e);
        }
    }
}
