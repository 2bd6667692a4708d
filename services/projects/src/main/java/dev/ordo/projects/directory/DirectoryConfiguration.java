package dev.ordo.projects.directory;

import dev.ordo.contracts.identity.grpc.UserDirectoryGrpc;
import dev.ordo.platform.grpc.client.ServiceTokenInterceptor;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.grpc.client.ChannelBuilderOptions;
import org.springframework.grpc.client.GrpcChannelFactory;

/**
 * The client of identity's UserDirectory: the {@code identity} channel (address from
 * {@code spring.grpc.client.channels.identity.address}, i.e. {@code ordo.projects.identity-grpc}) on which
 * every call carries this service's client-credentials token (the platform's {@link ServiceTokenInterceptor}
 * fetches, keeps and attaches it), a retry and a circuit breaker, both with Micrometer metrics
 * ({@code resilience4j_*}).
 */
@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

    static final String NAME = "identity-directory";

    /** Worth another attempt: the server was not reached, or did not answer in time. */
    private static final Set<Status.Code> TRANSIENT = Set.of(Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED);
    /** Say that identity is unwell; a refusal (e.g. UNAUTHENTICATED) or a bad request says nothing of its health. */
    private static final Set<Status.Code> FAILURES = Set.of(
            Status.Code.UNAVAILABLE,
            Status.Code.DEADLINE_EXCEEDED,
            Status.Code.INTERNAL,
            Status.Code.UNKNOWN,
            Status.Code.RESOURCE_EXHAUSTED,
            Status.Code.UNIMPLEMENTED);

    @Bean
    UserDirectory userDirectory(
            GrpcChannelFactory channels,
            DirectoryProperties properties,
            Clock clock,
            RetryRegistry retries,
            CircuitBreakerRegistry circuitBreakers) {
        ServiceTokenInterceptor asThisService =
                ServiceTokenInterceptor.of(properties.credentials(), clock, properties.deadline());
        return new UserDirectory(
                UserDirectoryGrpc.newBlockingStub(channels.createChannel(
                        "identity", ChannelBuilderOptions.defaults().withInterceptors(List.of(asThisService)))),
                properties,
                retries.retry(NAME),
                circuitBreakers.circuitBreaker(NAME));
    }

    @Bean
    RetryRegistry directoryRetries(DirectoryProperties properties) {
        return RetryRegistry.of(RetryConfig.custom()
                .maxAttempts(properties.retry().maxAttempts())
                .waitDuration(properties.retry().backoff())
                .retryOnException(hasStatus(TRANSIENT))
                .build());
    }

    @Bean
    CircuitBreakerRegistry directoryCircuitBreakers(DirectoryProperties properties) {
        DirectoryProperties.CircuitBreaker breaker = properties.circuitBreaker();
        return CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(breaker.slidingWindow())
                .minimumNumberOfCalls(breaker.minimumCalls())
                .failureRateThreshold(breaker.failureRateThreshold())
                .waitDurationInOpenState(breaker.waitInOpen())
                .permittedNumberOfCallsInHalfOpenState(breaker.halfOpenCalls())
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .recordException(hasStatus(FAILURES))
                .build());
    }

    @Bean
    MeterBinder directoryResilienceMetrics(RetryRegistry retries, CircuitBreakerRegistry circuitBreakers) {
        return registry -> {
            TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(circuitBreakers)
                    .bindTo(registry);
            TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(registry);
        };
    }

    private static Predicate<Throwable> hasStatus(Set<Status.Code> codes) {
        return e -> e instanceof StatusRuntimeException s
                && codes.contains(s.getStatus().getCode());
    }
}
