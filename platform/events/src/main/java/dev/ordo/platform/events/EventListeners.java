package dev.ordo.platform.events;

import dev.ordo.contracts.events.EventCodec;
import dev.ordo.contracts.events.EventDecodingException;
import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.events.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListenerConfigurer;
import org.springframework.kafka.config.KafkaListenerEndpointRegistrar;
import org.springframework.kafka.listener.MessageListener;
import tools.jackson.databind.JsonNode;

/**
 * Turns a service's {@link EventSubscriptions} beans into Kafka listener containers: one per subscribed
 * topic (id {@code <service>-<service of the topic>-<aggregate>}, e.g. {@code tasks-projects-project}), or
 * one for every Ordo topic (id {@code <service>}) for a catch-all. Every container is in the service's
 * consumer group and runs the same steps for each message: decode the envelope once, bind the data to the
 * subscribed type's record (types nobody subscribed to stop here), then the handler and the processed-event
 * mark in one transaction ({@link IdempotentConsumer}, consumer {@code <service>.<service of the
 * topic>-<aggregate>}). A failure goes to the platform's error handler ({@link DeadLetters}): retried, or
 * dead-lettered if it can never succeed. Failures are counted in {@code ordo.events.failed}.
 */
public class EventListeners implements KafkaListenerConfigurer {

    static final String FAILED_METRIC = "ordo.events.failed";

    private final String group;
    private final List<EventSubscriptions> declared;
    private final EventCodec codec;
    private final IdempotentConsumer consumer;
    private final MeterRegistry meters;

    /** @param meters where failures are counted, or {@code null} */
    public EventListeners(
            String group,
            List<EventSubscriptions> declared,
            EventCodec codec,
            IdempotentConsumer consumer,
            MeterRegistry meters) {
        this.group = group;
        this.declared = List.copyOf(declared);
        this.codec = codec;
        this.consumer = consumer;
        this.meters = meters;
    }

    @Override
    public void configureKafkaListeners(KafkaListenerEndpointRegistrar registrar) {
        endpoints().forEach(registrar::registerEndpoint);
    }

    /** The processed-event consumer of {@code group} on {@code topic}: {@code tasks.projects-project}. */
    public static String consumerOf(String group, String topic) {
        return group + "." + shortName(topic);
    }

    List<SubscriptionEndpoint> endpoints() {
        List<EventSubscriptions.AnyHandler> catchAlls = declared.stream()
                .map(EventSubscriptions::any)
                .filter(Objects::nonNull)
                .toList();
        Map<String, Map<String, EventSubscriptions.Subscription<?>>> byTopic = new LinkedHashMap<>();
        for (EventSubscriptions subscriptions : declared) {
            for (EventSubscriptions.Subscription<?> subscription : subscriptions.typed()) {
                Map<String, EventSubscriptions.Subscription<?>> ofTopic =
                        byTopic.computeIfAbsent(subscription.type().topic(), topic -> new LinkedHashMap<>());
                if (ofTopic.putIfAbsent(subscription.type().name(), subscription) != null) {
                    throw new IllegalStateException(
                            "two handlers for " + subscription.type().name() + " in " + group);
                }
            }
        }
        if (catchAlls.size() > 1) {
            throw new IllegalStateException(group + " declares " + catchAlls.size() + " catch-all subscriptions");
        }
        List<SubscriptionEndpoint> endpoints = new ArrayList<>();
        if (!catchAlls.isEmpty()) {
            // one group reading a topic through two containers would split its partitions between them
            if (!byTopic.isEmpty()) {
                throw new IllegalStateException(group + " has a catch-all subscription, so it cannot also "
                        + "subscribe to types on its own: handle them in the catch-all");
            }
            EventSubscriptions.AnyHandler any = catchAlls.getFirst();
            endpoints.add(SubscriptionEndpoint.ofPattern(
                    group, group, Topics.ALL_EVENT_TOPICS, listener((event, topic) -> () -> any.handle(event, topic))));
        }
        byTopic.forEach((topic, subscriptions) -> endpoints.add(SubscriptionEndpoint.ofTopic(
                group + "-" + shortName(topic), group, topic, listener((event, ignored) -> {
                    EventSubscriptions.Subscription<?> subscription = subscriptions.get(event.type());
                    return subscription == null ? null : effect(subscription, event);
                }))));
        return endpoints;
    }

    /** What an event means to this service, its data already bound; {@code null} if nothing. */
    @FunctionalInterface
    private interface Dispatch {
        Runnable effectOf(EventEnvelope<JsonNode> event, String topic);
    }

    private MessageListener<String, String> listener(Dispatch dispatch) {
        return record -> {
            try {
                EventEnvelope<JsonNode> event = decode(record);
                Runnable effect = dispatch.effectOf(event, record.topic());
                if (effect != null) {
                    consumer.once(consumerOf(group, record.topic()), event.id(), effect);
                }
            } catch (RuntimeException e) {
                failed(record.topic());
                throw e;
            }
        };
    }

    private <T> Runnable effect(EventSubscriptions.Subscription<T> subscription, EventEnvelope<JsonNode> event) {
        EventEnvelope<T> bound = codec.bind(event, subscription.type());
        return () -> subscription.handler().handle(bound.data(), bound);
    }

    private EventEnvelope<JsonNode> decode(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            throw new EventDecodingException("empty message at " + record.topic() + "@" + record.offset(), null);
        }
        return codec.decode(record.value());
    }

    private void failed(String topic) {
        if (meters != null) {
            Counter.builder(FAILED_METRIC)
                    .description("Messages whose handling failed (then retried, or dead-lettered if it never can be)")
                    .tag("group", group)
                    .tag("topic", topic)
                    .register(meters)
                    .increment();
        }
    }

    /** {@code ordo.projects.project} → {@code projects-project}. */
    private static String shortName(String topic) {
        return topic.substring("ordo.".length()).replace('.', '-');
    }
}
