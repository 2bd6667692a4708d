package dev.ordo.platform.events;

import dev.ordo.contracts.events.Topics;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

import java.time.Duration;

/**
 * What a listener does with a message it cannot handle: retry with a growing pause, then park it on
 * {@code <topic>.dlt} (same key, original headers plus the exception) and go on with the next one.
 * Messages that are not events at all are parked at once.
 */
public final class DeadLetters {

    private DeadLetters() {
    }

    public static DefaultErrorHandler errorHandler(KafkaTemplate<?, ?> template, Duration initialInterval,
                                                   Duration maxElapsed) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, ex) -> new TopicPartition(Topics.deadLetterTopicOf(record.topic()), -1));
        ExponentialBackOff backOff = new ExponentialBackOff(initialInterval.toMillis(), 2.0);
        backOff.setMaxInterval(Math.max(initialInterval.toMillis(), maxElapsed.toMillis() / 4));
        backOff.setMaxElapsedTime(maxElapsed.toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(EventDecodingException.class);
        return handler;
    }
}
