package dev.ordo.tasks.replication;

import dev.ordo.contracts.events.Topics;
import dev.ordo.platform.events.EventCodec;
import dev.ordo.platform.events.EventDecodingException;
import dev.ordo.platform.events.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the projects service's events (group {@value #GROUP}). Project and member events are applied
 * once each (idempotent consumer); invitation events are skipped without a trace. A message that is no
 * event goes to the dead-letter topic (platform error handler).
 */
@Component
class ProjectEventListener {

    static final String GROUP = "tasks";
    static final String CONSUMER = "tasks.projects-project";

    private final IdempotentConsumer consumer;
    private final EventCodec codec;
    private final ProjectEventHandler handler;

    ProjectEventListener(IdempotentConsumer consumer, EventCodec codec, ProjectEventHandler handler) {
        this.consumer = consumer;
        this.codec = codec;
        this.handler = handler;
    }

    @KafkaListener(id = "tasks-projects-project", groupId = GROUP, topics = Topics.PROJECTS_PROJECT)
    void on(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            throw new EventDecodingException("empty message at " + record.topic() + "@" + record.offset(), null);
        }
        if (ProjectEventHandler.matters(codec.decode(record.value()).type())) {
            consumer.process(CONSUMER, record.value(), handler::apply);
        }
    }
}
