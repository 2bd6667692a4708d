package dev.ordo.platform.outbox;

import dev.ordo.contracts.events.EventCodec;
import dev.ordo.platform.events.DeadLetterEndpoint;
import dev.ordo.platform.events.DeadLetters;
import dev.ordo.platform.events.EventListeners;
import dev.ordo.platform.events.EventSubscriptions;
import dev.ordo.platform.events.EventTopics;
import dev.ordo.platform.events.IdempotentConsumer;
import dev.ordo.platform.events.ReplayEndpoint;
import dev.ordo.platform.events.ReplayableReadModel;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events for any service with a database: the transactional outbox and its relay to Kafka; the listener
 * containers of the service's subscriptions, idempotent, retried and dead-lettered; replay and dead-letter
 * endpoints. The platform's tables are migrated by their own Flyway history, right after the service's
 * migrations ({@link PlatformMigrations}).
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"
        },
        beforeName = {
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"
        })
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    /** The service's own migrations first, then the platform's (outbox, processed events, jobs, …). */
    @Bean
    @ConditionalOnMissingBean
    FlywayMigrationStrategy ordoFlywayMigrationStrategy() {
        return PlatformMigrations::migrate;
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    EventCodec eventCodec(JsonMapper jsonMapper) {
        return new EventCodec(jsonMapper);
    }

    /** Sends outbox events and dead letters: every replica acknowledges, retries never duplicate. */
    @Bean
    @ConditionalOnMissingBean(name = "outboxKafkaTemplate")
    KafkaTemplate<String, String> outboxKafkaTemplate(KafkaProperties kafkaProperties) {
        Map<String, Object> config = kafkaProperties.buildProducerProperties();
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        // a relay round sends up to ordo.outbox.batch-size events at once: let them share requests
        config.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, 131_072);
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        DefaultKafkaProducerFactory<String, String> factory = new DefaultKafkaProducerFactory<>(config);
        return new KafkaTemplate<>(factory);
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxRelay outboxRelay(
            DataSource dataSource,
            KafkaTemplate<String, String> outboxKafkaTemplate,
            OutboxProperties properties,
            Clock clock) {
        return new OutboxRelay(dataSource, outboxKafkaTemplate, properties, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    Outbox outbox(
            JdbcClient jdbc,
            EventCodec codec,
            OutboxProperties properties,
            OutboxRelay relay,
            Clock clock,
            @Value("${spring.application.name:unknown}") String applicationName) {
        String source = properties.source() != null ? properties.source() : "ordo/" + applicationName;
        return new JdbcOutbox(jdbc, codec, source, clock, relay::wakeUp);
    }

    @Bean
    @ConditionalOnMissingBean
    IdempotentConsumer idempotentConsumer(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        return new IdempotentConsumer(jdbc, new TransactionTemplate(transactionManager));
    }

    /** The listener containers of the service's {@link EventSubscriptions} beans, in the service's group. */
    @Bean
    EventListeners ordoEventListeners(
            @Value("${spring.application.name}") String applicationName,
            ObjectProvider<EventSubscriptions> subscriptions,
            EventCodec codec,
            IdempotentConsumer consumer,
            ObjectProvider<MeterRegistry> meters) {
        return new EventListeners(
                applicationName, subscriptions.orderedStream().toList(), codec, consumer, meters.getIfAvailable());
    }

    @Bean
    @ConditionalOnMissingBean
    DeadLetterEndpoint deadLetterEndpoint(
            KafkaProperties kafkaProperties,
            KafkaTemplate<String, String> outboxKafkaTemplate,
            @Value("${spring.application.name:unknown}") String applicationName,
            ObjectProvider<KafkaListenerEndpointRegistry> registry) {
        return new DeadLetterEndpoint(
                kafkaProperties.buildConsumerProperties(),
                outboxKafkaTemplate,
                applicationName,
                () -> consumerGroups(registry));
    }

    /** {@code POST /actuator/replay}: rebuilds the service's read models from the first event. */
    @Bean
    @ConditionalOnMissingBean
    ReplayEndpoint replayEndpoint(
            ObjectProvider<KafkaListenerEndpointRegistry> registry,
            KafkaProperties kafkaProperties,
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            List<ReplayableReadModel> readModels) {
        return new ReplayEndpoint(
                () -> {
                    KafkaListenerEndpointRegistry containers = registry.getIfAvailable();
                    return containers == null ? List.of() : containers.getListenerContainers();
                },
                kafkaProperties.buildAdminProperties(),
                jdbc,
                new TransactionTemplate(transactionManager),
                readModels);
    }

    /** Entity topics keep their whole history (ADR 0011); Boot's KafkaAdmin creates or corrects them. */
    @Bean
    KafkaAdmin.NewTopics ordoEntityTopics() {
        return EventTopics.entityTopics();
    }

    @Bean
    EventTopics ordoDeadLetterTopics(
            ObjectProvider<KafkaAdmin> admin, ObjectProvider<KafkaListenerEndpointRegistry> registry) {
        return new EventTopics(admin, registry);
    }

    /**
     * Picked up by Boot's listener container factory: retries for as long as it takes (growing pauses up to
     * {@code ordo.events.retry.max-interval}); only an event that can never be processed goes to
     * {@code <topic>.<group>.dlt}.
     */
    @Bean
    @ConditionalOnMissingBean
    CommonErrorHandler deadLetterErrorHandler(
            KafkaTemplate<String, String> outboxKafkaTemplate,
            @Value("${ordo.events.retry.initial-interval:200ms}") Duration initialInterval,
            @Value("${ordo.events.retry.max-interval:30s}") Duration maxInterval) {
        return DeadLetters.errorHandler(outboxKafkaTemplate, initialInterval, maxInterval);
    }

    private static List<String> consumerGroups(ObjectProvider<KafkaListenerEndpointRegistry> registry) {
        KafkaListenerEndpointRegistry containers = registry.getIfAvailable();
        return containers == null
                ? List.of()
                : containers.getListenerContainers().stream()
                        .map(MessageListenerContainer::getGroupId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList();
    }

    @Bean
    MeterBinder outboxMeters(OutboxRelay relay) {
        return registry -> {
            Gauge.builder("ordo.outbox.pending", relay, OutboxRelay::pendingCount)
                    .description("Events stored but not yet acknowledged by Kafka")
                    .register(registry);
            FunctionCounter.builder("ordo.outbox.published", relay, OutboxRelay::publishedCount)
                    .description("Events acknowledged by Kafka")
                    .register(registry);
            Gauge.builder("ordo.outbox.parked", relay, OutboxRelay::parkedNowCount)
                    .description("Events Kafka refused that wait, with the later events of their aggregates, "
                            + "for an operator")
                    .register(registry);
            FunctionCounter.builder("ordo.outbox.parked.events", relay, OutboxRelay::parkedCount)
                    .description("Events this instance parked since it started")
                    .register(registry);
        };
    }
}
