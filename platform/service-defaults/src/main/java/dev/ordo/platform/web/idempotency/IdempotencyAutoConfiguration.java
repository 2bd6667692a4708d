package dev.ordo.platform.web.idempotency;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.ordo.platform.web.ProblemResponseWriter;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} for every {@link IdempotentCreate} handler of a service with a database (the
 * gateway has none, and gets none of this). The table is the platform migration
 * {@code db/platform/V3__idempotency_keys.sql}; expired keys are deleted by a recurring job.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
            "dev.ordo.platform.web.OrdoWebAutoConfiguration"
        },
        beforeName = "dev.ordo.platform.jobs.RecurringJobsAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.jdbc.core.simple.JdbcClient")
@ConditionalOnBean({DataSource.class, PlatformTransactionManager.class})
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyAutoConfiguration {

    /** The name of the recurring job that forgets expired keys. */
    public static final String FORGET_EXPIRED_KEYS = "ordo-forget-idempotency-keys";

    @Bean
    @ConditionalOnMissingBean
    IdempotencyKeys idempotencyKeys(
            JdbcClient jdbc, JsonMapper jsonMapper, ObjectProvider<Clock> clock, IdempotencyProperties properties) {
        return new IdempotencyKeys(jdbc, jsonMapper, clock.getIfAvailable(Clock::systemUTC), properties.ttl());
    }

    /** After Spring Security's filters (order -100), so the caller is known; before the dispatcher. */
    @Bean
    FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeyFilter(
            IdempotencyKeys keys,
            PlatformTransactionManager transactionManager,
            IdempotencyProperties properties,
            ProblemResponseWriter problems,
            ApplicationContext context) {
        IdempotencyKeyFilter filter = new IdempotencyKeyFilter(
                keys,
                new TransactionTemplate(transactionManager),
                properties,
                problems,
                () -> context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class));
        FilterRegistrationBean<IdempotencyKeyFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(0);
        return registration;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "com.github.kagkarlsson.scheduler.task.helper.RecurringTask")
    static class ForgettingExpiredKeys {

        @Bean
        RecurringTask<Void> ordoForgetIdempotencyKeysTask(IdempotencyKeys keys, IdempotencyProperties properties) {
            return Tasks.recurring(FORGET_EXPIRED_KEYS, Schedules.fixedDelay(properties.cleanupInterval()))
                    .execute((instance, context) -> keys.forgetExpired());
        }
    }

    /** Documents the header on every {@link IdempotentCreate} operation. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springdoc.core.customizers.OperationCustomizer")
    static class IdempotencyKeyDocumentation {

        @Bean
        org.springdoc.core.customizers.OperationCustomizer idempotencyKeyHeader() {
            return (operation, handler) -> {
                if (handler.hasMethodAnnotation(IdempotentCreate.class)) {
                    operation.addParametersItem(new HeaderParameter()
                            .name(IdempotencyKeyFilter.HEADER)
                            .required(false)
                            .description("Makes retries safe: the same key and body answer the same response "
                                    + "again; the same key with another body is a 422.")
                            .schema(new StringSchema().minLength(1).maxLength(255)));
                }
                return operation;
            };
        }
    }
}
