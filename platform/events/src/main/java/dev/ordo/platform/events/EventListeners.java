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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListenerConfigurer;
import org.springframework.kafka.config.KafkaListenerEndpointRegistrar;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.BatchMessageListener;
import tools.jackson.databind.JsonNode;

/**
 * Turns a service's {@link EventSubscriptions} beans into Kafka listener containers: one per subscribed
 * topic (id {@code <service>-<service of the topic>-<aggregate>}, e.g. {@code tasks-projects-project}), or
 * one for every Ordo topic (id {@code <service>}) for a catch-all. Every container is in the service's
 * consumer group and takes what one poll returns as a batch (ADR 0025): decode each envelope once, bind the
 * data to the subscribed type's record (types nobody subscribed to stop here), then, in ONE transaction, mark
 * every event of the batch processed in one statement ({@link IdempotentConsumer#onceEach}, consumer
 * {@code <service>.<service of the topic>-<aggregate>}) and run the handlers of the events not processed
 * before, in the order they arrived (a partition's records, so an aggregate's events, are in order). If
 * anything in the batch fails, its transaction is rolled back and the batch is taken again one event at a
 * time, each in its own transaction: the event that fails is reported by its index to the platform's error
 * handler ({@link DeadLetters}), which commits the ones before it, retries it or dead-letters it if it can
 * never succeed, and delivers the rest again. Failures are counted in {@code ordo.events.failed}.
 */
public class EventListeners implements KafkaListenerConfigurer {

    static final String FAILED_METRIC = "ordo.events.failed";

    private static final Logger log = LoggerFactory.getLogger(EventListeners.class);

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
        List<EventSubscriptions.AnyBatchHandler> catchAlls = declared.stream()
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
            EventSubscriptions.AnyBatchHandler any = catchAlls.getFirst();
            endpoints.add(SubscriptionEndpoint.ofPattern(
                    group,
                    group,
                    Topics.ALL_EVENT_TOPICS,
                    new Listener(
                            (event, topic) -> NOTHING_ELSE,
                            applied -> any.handle(applied.stream()
                                    .map(delivery ->
                                            new EventSubscriptions.TopicEvent(delivery.event(), delivery.topic()))
                                    .toList()))));
        }
        byTopic.forEach((topic, subscriptions) -> endpoints.add(SubscriptionEndpoint.ofTopic(
                group + "-" + shortName(topic),
                group,
                topic,
                new Listener(
                        (event, ignored) -> {
                            EventSubscriptions.Subscription<?> subscription = subscriptions.get(event.type());
                            return subscription == null ? null : effect(subscription, event);
                        },
                        applied -> applied.forEach(delivery -> delivery.effect().run())))));
        return endpoints;
    }

    /** The effect of an event a catch-all takes whole (its handler is given the batch). */
    private static final Runnable NOTHING_ELSE = () -> {};

    /** What an event means to this service, its data already bound; {@code null} if nothing. */
    @FunctionalInterface
    private interface Dispatch {
        Runnable effectOf(EventEnvelope<JsonNode> event, String topic);
    }

    /** One event to handle: under which consumer it is marked, where it came from, what it does. */
    record Delivery(String consumer, EventEnvelope<JsonNode> event, String topic, Runnable effect) {}

    /** A container's listener: a poll's records as one batch, or one at a time if the batch fails. */
    final class Listener implements BatchMessageListener<String, String> {

        private final Dispatch dispatch;
        private final java.util.function.Consumer<List<Delivery>> apply;

        Listener(Dispatch dispatch, java.util.function.Consumer<List<Delivery>> apply) {
            this.dispatch = dispatch;
            this.apply = apply;
        }

        @Override
        public void onMessage(List<ConsumerRecord<String, String>> records) {
            if (records.isEmpty()) {
                return;
            }
            if (records.size() > 1) {
                try {
                    List<Delivery> deliveries = new ArrayList<>(records.size());
                    for (ConsumerRecord<String, String> record : records) {
                        Delivery delivery = deliveryOf(record);
                        if (delivery != null) {
                            deliveries.add(delivery);
                        }
                    }
                    consumer.onceEach(
                            deliveries,
                            Delivery::consumer,
                            delivery -> delivery.event().id(),
                            apply);
                    return;
                } catch (RuntimeException e) {
                    if (databaseAway(e)) {
                        // no record of the batch can be handled either: retry it from the first, after a pause
                        ConsumerRecord<String, String> first = records.getFirst();
                        failed(first.topic());
                        throw new BatchListenerFailedException("the database is away", e, 0);
                    }
                    log.debug(
                            "A batch of {} messages failed ({}); taking them one at a time",
                            records.size(),
                            e.toString());
                }
            }
            oneAtATime(records);
        }

        /** Each record in its own transaction; the first that fails is reported by its index in the batch. */
        private void oneAtATime(List<ConsumerRecord<String, String>> records) {
            for (int i = 0; i < records.size(); i++) {
                ConsumerRecord<String, String> record = records.get(i);
                try {
                    Delivery delivery = deliveryOf(record);
                    if (delivery != null) {
                        consumer.once(
                                delivery.consumer(), delivery.event().id(), () -> apply.accept(List.of(delivery)));
                    }
                } catch (RuntimeException e) {
                    failed(record.topic());
                    throw new BatchListenerFailedException(
                            "handling " + record.topic() + "-" + record.partition() + "@" + record.offset() + " failed",
                            e,
                            i);
                }
            }
        }

        private Delivery deliveryOf(ConsumerRecord<String, String> record) {
            EventEnvelope<JsonNode> event = decode(record);
            Runnable effect = dispatch.effectOf(event, record.topic());
            return effect == null
                    ? null
                    : new Delivery(consumerOf(group, record.topic()), event, record.topic(), effect);
        }
    }

    /** No connection could be had: nothing in a batch could succeed, so going one at a time is no use. */
    private static boolean databaseAway(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.springframework.jdbc.CannotGetJdbcConnectionException
                    || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
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
