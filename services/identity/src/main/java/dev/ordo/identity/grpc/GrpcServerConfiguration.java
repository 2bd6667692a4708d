package dev.ordo.identity.grpc;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.springframework.boot.grpc.server.autoconfigure.GrpcServerExecutorProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class GrpcServerConfiguration {

    /**
     * gRPC calls run on virtual threads, like HTTP requests: a call waiting for the database holds no
     * platform thread (grpc-java's default is an unbounded pool of platform threads).
     */
    @Bean
    GrpcServerExecutorProvider grpcServerExecutorProvider() {
        Executor executor = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("grpc-call-", 0).factory());
        return () -> executor;
    }
}
