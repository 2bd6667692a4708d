package dev.ordo.platform.grpc.server;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.grpc.server.autoconfigure.GrpcServerExecutorProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.grpc.server.GlobalServerInterceptor;

/**
 * What every service that serves gRPC gets: calls on virtual threads, the call outcome log and status mapping
 * ({@link CallOutcomeInterceptor}) around every call, and, once the service declares who may call it (a
 * {@link BearerTokenCheck} bean), the bearer token check ({@link BearerTokenServerInterceptor}).
 */
@AutoConfiguration
@ConditionalOnClass(GrpcServerExecutorProvider.class)
public class GrpcServerDefaultsAutoConfiguration {

    /**
     * gRPC calls run on virtual threads, like HTTP requests: a call waiting for the database holds no
     * platform thread (grpc-java's default is an unbounded pool of platform threads).
     */
    @Bean
    @ConditionalOnMissingBean
    GrpcServerExecutorProvider grpcServerExecutorProvider() {
        Executor executor = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("grpc-call-", 0).factory());
        return () -> executor;
    }

    @Bean
    @GlobalServerInterceptor
    CallOutcomeInterceptor callOutcomeInterceptor() {
        return new CallOutcomeInterceptor();
    }

    @Bean
    @GlobalServerInterceptor
    @ConditionalOnBean(BearerTokenCheck.class)
    BearerTokenServerInterceptor bearerTokenServerInterceptor(BearerTokenCheck check) {
        return new BearerTokenServerInterceptor(check);
    }
}
