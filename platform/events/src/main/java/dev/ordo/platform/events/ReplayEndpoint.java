package dev.ordo.platform.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
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
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code POST /actuator/replay} (management port; {@code ./ordo replay SERVICE}): rebuilds this service's
 * read models from the first event. It stops the service's listener containers, moves their consumer groups
 * to the earliest offsets through Kafka's admin API, forgets the processed-event marks and resets every
 * {@link ReplayableReadModel} in one transaction, and starts the listeners again. Entity topics keep their
 * whole history (ADR 0011), so the first event is still there.
 */
@Endpoint(id = "replay")
public class ReplayEndpoint {

    private static final Logger log = LoggerFactory.getLogger(ReplayEndpoint.class);
    private static final long ADMIN_TIMEOUT_SECONDS = 30;

    private final Supplier<Collection<? extends MessageListenerContainer>> registry;
    private final Map<String, Object> adminConfig;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final List<ReplayableReadModel> readModels;

    /** @param registry the service's listener containers */
    public ReplayEndpoint(
            Supplier<Collection<? extends MessageListenerContainer>> registry,
            Map<String, Object> adminConfig,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            List<ReplayableReadModel> readModels) {
        this.registry = registry;
        this.adminConfig = adminConfig;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.readModels = readModels;
    }

    /**
     * @param groups       the consumer groups moved back to their first event
     * @param partitions   how many partitions were reset
     * @param readModels   the read models that were emptied
     */
    public record Replay(List<String> groups, int partitions, List<String> readModels) {}

    @WriteOperation
    public synchronized Replay replay() {
        List<MessageListenerContainer> containers = new ArrayList<>(registry.get());
        List<String> groups = containers.stream()
                .map(MessageListenerContainer::getGroupId)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
        log.info("Replay: stopping {} listener containers of groups {}", containers.size(), groups);
        try {
            stopAll(containers);
            int partitions = 0;
            try (Admin admin = Admin.create(adminConfig)) {
                for (String group : groups) {
                    partitions += resetToEarliest(admin, group);
                }
            }
            transactions.executeWithoutResult(status -> {
                jdbc.sql("delete from processed_event").update();
                readModels.forEach(ReplayableReadModel::reset);
            });
            List<String> names =
                    readModels.stream().map(ReplayableReadModel::name).toList();
            log.info(
                    "Replay: {} partitions of groups {} back to their first event; read models {} reset",
                    partitions,
                    groups,
                    names);
            return new Replay(groups, partitions, names);
        } finally {
            containers.forEach(MessageListenerContainer::start);
        }
    }

    /**
     * Returns once every container has stopped: its consumer closed, so it left its group, and the broker
     * accepts new offsets for the group.
     */
    private static void stopAll(List<MessageListenerContainer> containers) {
        CountDownLatch stopped = new CountDownLatch(containers.size());
        containers.forEach(container -> container.stop(stopped::countDown));
        try {
            if (!stopped.await(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the listener containers did not stop within " + ADMIN_TIMEOUT_SECONDS
                        + " s; nothing was reset");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the listener containers", e);
        }
    }

    private static int resetToEarliest(Admin admin, String group) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (committed.isEmpty()) {
                return 0; // nothing committed yet: the group starts at the earliest offset anyway
            }
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            committed.keySet().forEach(partition -> earliest.put(partition, OffsetSpec.earliest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets =
                    admin.listOffsets(earliest).all().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> reset = new HashMap<>();
            offsets.forEach((partition, info) -> reset.put(partition, new OffsetAndMetadata(info.offset())));
            admin.alterConsumerGroupOffsets(group, reset).all().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            log.info(
                    "Replay: group {} reset on {}",
                    group,
                    new TreeSet<>(reset.keySet().stream().map(Object::toString).toList()));
            return reset.size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while resetting " + group, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not reset consumer group " + group + ": " + e.getMessage(), e);
        }
    }
}
