package dev.ordo.tasks.replication;

import dev.ordo.contracts.events.Topics;
import dev.ordo.platform.events.EventDecodingException;
import dev.ordo.platform.events.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the projects service's events (group {@value #GROUP}). Project and member events are applied
 * once each (idempotent consumer); invitation events are skipped without a trace. A message that is no
 * event, or one the handler rejects as invalid, goes to {@code ordo.projects.project.tasks.dlt}; anything
 * else (the database away) is retried until it works (platform error handler).
 */
@Component
class ProjectEventListener {

    static final String GROUP = "tasks";
    static final String CONSUMER = "tasks.projects-project";

    private final IdempotentConsumer consumer;
    private final ProjectEventHandler handler;

    ProjectEventListener(IdempotentConsumer consumer, ProjectEventHandler handler) {
        this.consumer = consumer;
        this.handler = handler;
    }

    @KafkaListener(id = "tasks-projects-project", groupId = GROUP, topics = Topics.PROJECTS_PROJECT)
    void on(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            throw new EventDecodingException("empty message at " + record.topic() + "@" + record.offset(), null);
        }
        consumer.process(CONSUMER, record.value(), handler.subscriptions());
    }
}
