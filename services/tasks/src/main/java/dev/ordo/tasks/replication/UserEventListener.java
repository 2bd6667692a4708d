package dev.ordo.tasks.replication;

import dev.ordo.contracts.events.Topics;
import dev.ordo.platform.events.EventDecodingException;
import dev.ordo.platform.events.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads identity's user events (group {@value ProjectEventListener#GROUP}); logins and the like are skipped. */
@Component
class UserEventListener {

    static final String CONSUMER = "tasks.identity-user";

    private final IdempotentConsumer consumer;
    private final UserEventHandler handler;

    UserEventListener(IdempotentConsumer consumer, UserEventHandler handler) {
        this.consumer = consumer;
        this.handler = handler;
    }

    @KafkaListener(id = "tasks-identity-user", groupId = ProjectEventListener.GROUP, topics = Topics.IDENTITY_USER)
    void on(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            throw new EventDecodingException("empty message at " + record.topic() + "@" + record.offset(), null);
        }
        consumer.process(CONSUMER, record.value(), handler.subscriptions());
    }
}
