package dev.ordo.platform.events;

import dev.ordo.contracts.events.Topics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Ordo's topics keep their history: entity topics so a read model can be rebuilt from the first event, and
 * dead-letter topics until someone replays them (ADR 0011). The entity topics are declared as
 * {@link NewTopic} beans (created, or their retention corrected, by Boot's {@link KafkaAdmin} at start); the
 * dead-letter topics of this service's consumer groups are created in the background once its listener
 * containers are known, so a broker that is away delays nothing.
 */
public class EventTopics implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventTopics.class);

    private final ObjectProvider<KafkaAdmin> admin;
    private final ObjectProvider<KafkaListenerEndpointRegistry> registry;
    private volatile boolean running;

    public EventTopics(ObjectProvider<KafkaAdmin> admin, ObjectProvider<KafkaListenerEndpointRegistry> registry) {
        this.admin = admin;
        this.registry = registry;
    }

    /** An Ordo topic that is never cleaned up (retention.ms = -1, no size limit, deletion not compaction). */
    public static NewTopic keptForever(String name) {
        return TopicBuilder.name(name)
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .config(TopicConfig.RETENTION_BYTES_CONFIG, "-1")
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
                .build();
    }

    public static KafkaAdmin.NewTopics entityTopics() {
        return new KafkaAdmin.NewTopics(
                Topics.ENTITY_TOPICS.stream().map(EventTopics::keptForever).toArray(NewTopic[]::new));
    }

    /** {@code <topic>.<group>.dlt} of every listener container with named topics (a pattern has none to name). */
    static List<NewTopic> deadLetterTopics(Collection<? extends MessageListenerContainer> containers) {
        Set<String> names = new LinkedHashSet<>();
        for (MessageListenerContainer container : containers) {
            String[] topics = container.getContainerProperties().getTopics();
            if (topics == null || container.getGroupId() == null) {
                continue;
            }
            for (String topic : topics) {
                if (Topics.isOrdoTopic(topic)) {
                    names.add(Topics.deadLetterTopicOf(topic, container.getGroupId()));
                }
            }
        }
        return new ArrayList<>(names.stream().map(EventTopics::keptForever).toList());
    }

    @Override
    public void start() {
        running = true;
        KafkaAdmin kafkaAdmin = admin.getIfAvailable();
        KafkaListenerEndpointRegistry containers = registry.getIfAvailable();
        if (kafkaAdmin == null || containers == null) {
            return;
        }
        List<NewTopic> topics = deadLetterTopics(containers.getListenerContainers());
        if (topics.isEmpty()) {
            return;
        }
        Thread.ofVirtual().name("ordo-dead-letter-topics").start(() -> {
            try {
                kafkaAdmin.createOrModifyTopics(topics.toArray(NewTopic[]::new));
            } catch (RuntimeException e) {
                log.warn(
                        "Could not create the dead-letter topics {} (the broker creates them on first use, with "
                                + "its default retention): {}",
                        topics.stream().map(NewTopic::name).toList(),
                        e.toString());
            }
        });
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the listener containers start. */
    @Override
    public int getPhase() {
        return 0;
    }
}
