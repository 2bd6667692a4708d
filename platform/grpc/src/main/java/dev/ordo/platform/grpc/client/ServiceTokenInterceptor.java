package dev.ordo.platform.grpc.client;

import io.grpc.CallCredentials;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.ForwardingClientCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Every call of a channel goes as this service: its client-credentials token ({@link ClientCredentialsToken})
 * rides in the {@code authorization} metadata ({@code Bearer <token>}) as the call's credentials, so
 * application code never sees or passes a token. ADR 0010 made service-to-service calls carry the calling
 * service's credential, not the end user's: what a user may see is decided by the service the user called.
 * <p>
 * The token is fetched (if it is not kept already) within the time the call has left, or within
 * {@code fetchTimeout} for a call without a deadline. No token, no call: the call fails at once with
 * UNAUTHENTICATED ("No service token: ..."), without reaching the server. A call the server refuses as
 * UNAUTHENTICATED makes the token forgotten, so the next call fetches a new one.
 */
public final class ServiceTokenInterceptor implements ClientInterceptor {

    public static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private final ClientCredentialsToken token;
    private final Duration fetchTimeout;

    public ServiceTokenInterceptor(ClientCredentialsToken token, Duration fetchTimeout) {
        this.token = token;
        this.fetchTimeout = fetchTimeout;
    }

    /** The interceptor for a service's credentials at a token endpoint, its token kept from call to call. */
    public static ServiceTokenInterceptor of(ClientCredentials credentials, Clock clock, Duration fetchTimeout) {
        return new ServiceTokenInterceptor(new ClientCredentialsToken(credentials, clock), fetchTimeout);
    }

    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions callOptions, Channel next) {
        Duration timeout = callOptions.getDeadline() == null
                ? fetchTimeout
                : Duration.ofMillis(Math.max(1, callOptions.getDeadline().timeRemaining(TimeUnit.MILLISECONDS)));
        BearerCredentials credentials = new BearerCredentials(timeout);
        return new ForwardingClientCall.SimpleForwardingClientCall<>(
                next.newCall(method, callOptions.withCallCredentials(credentials))) {
            @Override
            public void start(Listener<R> listener, Metadata headers) {
                super.start(
                        new ForwardingClientCallListener.SimpleForwardingClientCallListener<>(listener) {
                            @Override
                            public void onClose(Status status, Metadata trailers) {
                                if (status.getCode() == Status.Code.UNAUTHENTICATED && credentials.sent != null) {
                                    token.refused(credentials.sent);
                                }
                                super.onClose(status, trailers);
                            }
                        },
                        headers);
            }
        };
    }

    /** One call's credentials: the token as it is when the call goes out. */
    private final class BearerCredentials extends CallCredentials {

        private final Duration timeout;
        private volatile String sent;

        BearerCredentials(Duration timeout) {
            this.timeout = timeout;
        }

        @Override
        public void applyRequestMetadata(RequestInfo requestInfo, Executor appExecutor, MetadataApplier applier) {
            // the fetch may block on the token endpoint: not on the transport's thread
            appExecutor.execute(() -> {
                try {
                    String value = token.value(timeout);
                    Metadata headers = new Metadata();
                    headers.put(AUTHORIZATION, "Bearer " + value);
                    sent = value;
                    applier.apply(headers);
                } catch (ClientCredentialsToken.TokenUnavailable e) {
                    applier.fail(Status.UNAUTHENTICATED.withDescription("No service token: " + e.getMessage()));
                } catch (RuntimeException e) {
                    applier.fail(Status.UNAUTHENTICATED
                            .withDescription("No service token: " + e.getClass().getSimpleName())
                            .withCause(e));
                }
            });
        }
    }
}
