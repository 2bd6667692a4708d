package dev.ordo.tasks.replication;

import dev.ordo.contracts.events.Topics;
import dev.ordo.contracts.identity.IdentityEvents;
import dev.ordo.platform.events.EventCodec;
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
    private final EventCodec codec;
    private final UserEventHandler handler;

    UserEventListener(IdempotentConsumer consumer, EventCodec codec, UserEventHandler handler) {
        this.consumer = consumer;
        this.codec = codec;
        this.handler = handler;
    }

    @KafkaListener(id = "tasks-identity-user", groupId = ProjectEventListener.GROUP, topics = Topics.IDENTITY_USER)
    void on(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            throw new EventDecodingException("empty message at " + record.topic() + "@" + record.offset(), null);
        }
        String type = codec.decode(record.value()).type();
        if (IdentityEvents.USER_REGISTERED.name().equals(type)) {
            consumer.process(CONSUMER, record.value(), handler::registered);
        } else if (IdentityEvents.USER_UPDATED.name().equals(type)) {
            consumer.process(CONSUMER, record.value(), handler::updated);
        }
    }
}
