package dev.ordo.platform.grpc.server;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.health.v1.HealthGrpc;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;

/**
 * Every gRPC call carries a bearer token in its {@code authorization} metadata ({@code Bearer <token>}) that
 * the service's {@link BearerTokenCheck} accepts; a call without one is closed UNAUTHENTICATED before it
 * reaches the service, one the check refuses with the check's status. The standard health service is the one
 * exception, so that probes, which carry no token, can ask it; it tells nothing but whether the server is up.
 * <p>
 * Inside the {@link CallOutcomeInterceptor} (order 100), so refusals are logged and counted.
 */
public final class BearerTokenServerInterceptor implements ServerInterceptor, Ordered {

    public static final int ORDER = 100;
    static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private static final Logger log = LoggerFactory.getLogger(BearerTokenServerInterceptor.class);
    private static final String BEARER = "bearer ";

    private final BearerTokenCheck check;

    public BearerTokenServerInterceptor(BearerTokenCheck check) {
        this.check = check;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(
            ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        if (HealthGrpc.SERVICE_NAME.equals(call.getMethodDescriptor().getServiceName())) {
            return next.startCall(call, headers);
        }
        Optional<Status> refusal =
                refusalOf(headers.get(AUTHORIZATION), call.getMethodDescriptor().getFullMethodName());
        if (refusal.isPresent()) {
            call.close(refusal.get(), new Metadata());
            return new ServerCall.Listener<>() {};
        }
        return next.startCall(call, headers);
    }

    private Optional<Status> refusalOf(String authorization, String method) {
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            log.debug("gRPC {} refused: no bearer token", method);
            return Optional.of(Status.UNAUTHENTICATED.withDescription(
                    "A bearer token is required (authorization: Bearer <token>)."));
        }
        return check.refusalOf(authorization.substring(BEARER.length()).strip(), method);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
