package dev.ordo.platform.events;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.kafka.config.ContainerPostProcessor;
import org.springframework.kafka.config.KafkaListenerEndpoint;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.TopicPartitionOffset;
import org.springframework.kafka.support.converter.MessageConverter;

/**
 * One listener container of a service's subscriptions, built by Boot's listener container factory (so it
 * gets the platform's error handler: retries, dead letters) and kept in the listener endpoint registry
 * (so replay, dead-letter listing and topic creation find it). Its listener takes a poll's records as a
 * batch, and the container commits their offsets once the batch is handled (ack mode BATCH, ADR 0025).
 */
record SubscriptionEndpoint(
        String id,
        String groupId,
        List<String> topics,
        Pattern topicPattern,
        BatchMessageListener<String, String> listener)
        implements KafkaListenerEndpoint {

    static SubscriptionEndpoint ofTopic(
            String id, String groupId, String topic, BatchMessageListener<String, String> listener) {
        return new SubscriptionEndpoint(id, groupId, List.of(topic), null, listener);
    }

    static SubscriptionEndpoint ofPattern(
            String id, String groupId, Pattern pattern, BatchMessageListener<String, String> listener) {
        return new SubscriptionEndpoint(id, groupId, List.of(), pattern, listener);
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getGroupId() {
        return groupId;
    }

    @Override
    public String getGroup() {
        return null;
    }

    @Override
    public Collection<String> getTopics() {
        return topics;
    }

    @Override
    public TopicPartitionOffset[] getTopicPartitionsToAssign() {
        return new TopicPartitionOffset[0];
    }

    @Override
    public Pattern getTopicPattern() {
        return topicPattern;
    }

    @Override
    public String getClientIdPrefix() {
        return null;
    }

    @Override
    public Integer getConcurrency() {
        return null;
    }

    @Override
    public Boolean getAutoStartup() {
        return null;
    }

    @Override
    public void setupListenerContainer(MessageListenerContainer container, MessageConverter messageConverter) {
        container.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
        container.setupMessageListener(listener);
    }

    @Override
    public Boolean getBatchListener() {
        return true;
    }

    /** After the factory copied its properties (a service's ack mode RECORD would be refused by a batch listener). */
    @Override
    public ContainerPostProcessor<?, ?, ?> getContainerPostProcessor() {
        ContainerPostProcessor<String, String, AbstractMessageListenerContainer<String, String>> batchAcks =
                container -> container.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
        return batchAcks;
    }

    @Override
    public boolean isSplitIterables() {
        return false;
    }
}
