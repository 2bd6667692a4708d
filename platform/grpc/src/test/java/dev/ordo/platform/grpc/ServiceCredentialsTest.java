package dev.ordo.platform.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ordo.platform.grpc.client.ClientCredentials;
import dev.ordo.platform.grpc.client.ServiceTokenInterceptor;
import dev.ordo.platform.grpc.server.BearerTokenServerInterceptor;
import dev.ordo.platform.grpc.server.CallOutcomeInterceptor;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.InsecureServerCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.stub.ClientCalls;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A service calling another over real gRPC (Netty on a local port) as itself: the client channel's
 * {@link ServiceTokenInterceptor} gets the token from a real HTTP token endpoint, the server's
 * {@link BearerTokenServerInterceptor} lets through only tokens that endpoint issued and that were not
 * revoked since, as identity's check does.
 */
class ServiceCredentialsTest {

    static final Context.Key<String> CALLER_TOKEN = Context.key("caller-token");

    final TokenEndpoint endpoint = new TokenEndpoint();
    final MovableClock clock = new MovableClock();
    final Set<String> revoked = ConcurrentHashMap.newKeySet();
    final List<String> checked = new CopyOnWriteArrayList<>();
    Server server;
    ManagedChannel channel;

    @BeforeEach
    void start() throws IOException {
        HealthStatusManager health = new HealthStatusManager();
        BearerTokenServerInterceptor bearer = new BearerTokenServerInterceptor((token, method) -> {
            checked.add(token);
            if (!endpoint.issued(token) || revoked.contains(token)) {
                return Optional.of(Status.UNAUTHENTICATED.withDescription("not a token of ours"));
            }
            return token.equals("forbidden") ? Optional.of(Status.PERMISSION_DENIED) : Optional.empty();
        });
        server = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
                .addService(ServerInterceptors.intercept(
                        Echo.service(request -> request + " as " + CALLER_TOKEN.get()),
                        new TokenInContext(),
                        bearer,
                        new CallOutcomeInterceptor()))
                .addService(
                        ServerInterceptors.intercept(health.getHealthService(), bearer, new CallOutcomeInterceptor()))
                .build()
                .start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (channel != null) {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        endpoint.close();
    }

    @Test
    void every_call_carries_the_services_token_fetched_once_and_kept() {
        connect(TokenEndpoint.CLIENT_SECRET);

        assertThat(say("hello")).isEqualTo("hello as Bearer " + endpoint.latest());
        assertThat(say("again")).isEqualTo("again as Bearer " + endpoint.latest());

        assertThat(endpoint.requests()).isEqualTo(1);
        assertThat(checked).containsExactly(endpoint.latest(), endpoint.latest());
    }

    @Test
    void a_token_the_server_refuses_is_forgotten_and_the_next_call_goes_with_a_new_one() {
        connect(TokenEndpoint.CLIENT_SECRET);
        say("first");
        String first = endpoint.latest();
        revoked.add(first); // e.g. the issuer's keys changed

        Status refused = refusal(() -> say("refused"));
        String answer = say("next");

        assertThat(refused.getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
        assertThat(refused.getDescription()).isEqualTo("not a token of ours");
        assertThat(endpoint.latest()).isNotEqualTo(first);
        assertThat(answer).isEqualTo("next as Bearer " + endpoint.latest());
        assertThat(endpoint.requests()).isEqualTo(2);
    }

    @Test
    void a_token_about_to_expire_is_renewed_before_the_call() {
        endpoint.lifetime(Duration.ofMinutes(10));
        connect(TokenEndpoint.CLIENT_SECRET);
        say("first");
        String first = endpoint.latest();

        clock.advance(Duration.ofMinutes(9));
        say("later");

        assertThat(endpoint.latest()).isNotEqualTo(first);
        assertThat(checked).containsExactly(first, endpoint.latest());
    }

    @Test
    void without_a_token_the_call_fails_unauthenticated_and_never_reaches_the_server() {
        connect("wrong-secret");

        Status refused = refusal(() -> say("hello"));

        assertThat(refused.getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
        assertThat(refused.getDescription()).startsWith("No service token: ").contains("401", "invalid_client");
        assertThat(checked).isEmpty();
    }

    @Test
    void a_call_without_a_bearer_token_is_refused_but_the_health_service_is_open() {
        channel = Grpc.newChannelBuilderForAddress("127.0.0.1", server.getPort(), InsecureChannelCredentials.create())
                .build();

        Status refused = refusal(() -> ClientCalls.blockingUnaryCall(
                channel, Echo.SAY, io.grpc.CallOptions.DEFAULT.withDeadlineAfter(5, TimeUnit.SECONDS), "hello"));
        HealthCheckResponse health = HealthGrpc.newBlockingStub(channel)
                .withDeadlineAfter(5, TimeUnit.SECONDS)
                .check(HealthCheckRequest.getDefaultInstance());

        assertThat(refused.getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
        assertThat(refused.getDescription()).contains("Bearer");
        assertThat(checked).isEmpty();
        assertThat(health.getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
    }

    private void connect(String secret) {
        ServiceTokenInterceptor asThisService = ServiceTokenInterceptor.of(
                new ClientCredentials(endpoint.uri(), TokenEndpoint.CLIENT_ID, secret, "directory"),
                clock,
                Duration.ofSeconds(5));
        channel = Grpc.newChannelBuilderForAddress("127.0.0.1", server.getPort(), InsecureChannelCredentials.create())
                .intercept(asThisService)
                .build();
    }

    private String say(String what) {
        return ClientCalls.blockingUnaryCall(
                channel, Echo.SAY, io.grpc.CallOptions.DEFAULT.withDeadlineAfter(5, TimeUnit.SECONDS), what);
    }

    private static Status refusal(Runnable call) {
        StatusRuntimeException refused = catchThrowableOfType(StatusRuntimeException.class, call::run);
        assertThat(refused).as("the call was refused").isNotNull();
        return refused.getStatus();
    }

    /** Hands the service the authorization it was called with, so the test sees what went over the wire. */
    private static final class TokenInContext implements ServerInterceptor {
        @Override
        public <Q, R> ServerCall.Listener<Q> interceptCall(
                ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
            Context context =
                    Context.current().withValue(CALLER_TOKEN, headers.get(ServiceTokenInterceptor.AUTHORIZATION));
            return Contexts.interceptCall(context, call, headers, next);
        }
    }
}
