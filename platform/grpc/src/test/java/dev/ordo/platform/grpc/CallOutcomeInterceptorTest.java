package dev.ordo.platform.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ordo.platform.grpc.server.CallOutcomeInterceptor;
import io.grpc.CallOptions;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.InsecureServerCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** What a client sees when a service throws: a status, never the exception. */
class CallOutcomeInterceptorTest {

    RuntimeException failure;
    Server server;
    ManagedChannel channel;

    @BeforeEach
    void aServiceThatThrowsWhatItIsTold() throws IOException {
        server = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
                .addService(ServerInterceptors.intercept(
                        Echo.service(request -> {
                            throw failure;
                        }),
                        new CallOutcomeInterceptor()))
                .build()
                .start();
        channel = Grpc.newChannelBuilderForAddress("127.0.0.1", server.getPort(), InsecureChannelCredentials.create())
                .build();
    }

    @AfterEach
    void stop() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void a_refusal_thrown_on_purpose_keeps_its_status_and_description() {
        failure = Status.INVALID_ARGUMENT
                .withDescription("ids[0] is not a UUID.")
                .withCause(new IllegalStateException("secret"))
                .asRuntimeException();

        Status status = call();

        assertThat(status.getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(status.getDescription()).isEqualTo("ids[0] is not a UUID.");
    }

    @Test
    void an_unexpected_failure_is_internal_and_tells_nothing_of_the_exception() {
        failure = new IllegalStateException("password_hash column is secret");

        Status status = call();

        assertThat(status.getCode()).isEqualTo(Status.Code.INTERNAL);
        assertThat(status.getDescription()).isEqualTo("Internal error.");
    }

    @Test
    void a_database_out_of_reach_is_unavailable_so_callers_may_retry() {
        failure = new DataAccessResourceFailureException("connection refused to 10.0.0.5:5432");

        Status status = call();

        assertThat(status.getCode()).isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(status.getDescription()).doesNotContain("10.0.0.5");
    }

    private Status call() {
        StatusRuntimeException refused = catchThrowableOfType(
                StatusRuntimeException.class,
                () -> ClientCalls.blockingUnaryCall(
                        channel, Echo.SAY, CallOptions.DEFAULT.withDeadlineAfter(5, TimeUnit.SECONDS), "hello"));
        assertThat(refused).isNotNull();
        assertThat(refused.getStatus().getCause()).isNull();
        return refused.getStatus();
    }
}
