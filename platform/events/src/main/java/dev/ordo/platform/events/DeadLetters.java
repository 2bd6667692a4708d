package dev.ordo.platform.events;

import dev.ordo.contracts.events.EventDecodingException;
import dev.ordo.contracts.events.Topics;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * What a listener does with a message it cannot handle. Only a message that can never be processed — it is
 * no Ordo event ({@link EventDecodingException}), or a handler rejects it as invalid
 * ({@link InvalidEventException}, {@link IllegalArgumentException}) — is parked at once on its consumer
 * group's dead-letter topic, {@code <topic>.<group>.dlt} (same key, original headers plus the exception).
 * Anything else (the database is away, a deadlock, a timeout) is retried with a growing pause, without end:
 * parking events because the database was down for a minute would silently lose access changes.
 */
public final class DeadLetters {

    private DeadLetters() {}

    public static DefaultErrorHandler errorHandler(
            KafkaTemplate<?, ?> template, Duration initialInterval, Duration maxInterval) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(
                template, (record, ex) -> new TopicPartition(deadLetterTopicOf(record), -1));
        ExponentialBackOff backOff = new ExponentialBackOff(initialInterval.toMillis(), 2.0);
        backOff.setMaxInterval(Math.max(initialInterval.toMillis(), maxInterval.toMillis()));
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(
                EventDecodingException.class, InvalidEventException.class, IllegalArgumentException.class);
        return handler;
    }

    /** The listener thread knows its consumer group (the container sets it before it polls). */
    static String deadLetterTopicOf(ConsumerRecord<?, ?> record) {
        String group = KafkaUtils.getConsumerGroupId();
        return Topics.deadLetterTopicOf(record.topic(), group == null ? "unknown" : group);
    }
}
