package dev.ordo.audit.recording;

import dev.ordo.platform.events.EventCodec;
import dev.ordo.platform.events.EventDecodingException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads every Ordo event topic, present and future: the subscription is a pattern, so a topic a new
 * service creates is picked up at the next metadata refresh, with no change here. Dead-letter topics
 * do not match the pattern. A message that is no event goes to {@code <topic>.audit.dlt} through the
 * platform's error handler, and the next message is read; any other failure (the database away) is retried
 * until it works, so no event is lost to an outage.
 */
@Component
class AuditEventListener {

    static final String GROUP = "audit";

    private final EventCodec codec;
    private final AuditRecorder recorder;

    AuditEventListener(EventCodec codec, AuditRecorder recorder) {
        this.codec = codec;
        this.recorder = recorder;
    }

    @KafkaListener(
            id = GROUP,
            groupId = GROUP,
            topicPattern = "#{T(dev.ordo.contracts.events.Topics).ALL_EVENT_TOPICS}")
    void on(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            throw new EventDecodingException("empty message at " + record.topic() + "@" + record.offset(), null);
        }
        recorder.record(codec.decode(record.value()), record.topic());
    }
}
