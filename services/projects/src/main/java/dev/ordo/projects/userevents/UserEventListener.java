package dev.ordo.projects.userevents;

import dev.ordo.contracts.events.Topics;
import dev.ordo.platform.events.EventDecodingException;
import dev.ordo.platform.events.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads identity's user events (group {@value #GROUP}). Each one that matters is applied once
 * (idempotent consumer); logins and password changes are skipped without a trace, as they change
 * nothing here. A message that is no event, or that the handler rejects as invalid, goes to
 * {@code ordo.identity.user.projects.dlt}; anything else (the database away) is retried until it works.
 */
@Component
class UserEventListener {

    static final String GROUP = "projects";
    static final String CONSUMER = "projects.identity-user";

    private final IdempotentConsumer consumer;
    private final UserEventHandler handler;

    UserEventListener(IdempotentConsumer consumer, UserEventHandler handler) {
        this.consumer = consumer;
        this.handler = handler;
    }

    @KafkaListener(id = "projects-identity-user", groupId = GROUP, topics = Topics.IDENTITY_USER)
    void on(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            throw new EventDecodingException("empty message at " + record.topic() + "@" + record.offset(), null);
        }
        consumer.process(CONSUMER, record.value(), handler.subscriptions());
    }
}
