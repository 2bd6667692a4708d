package dev.ordo.identity.grpc;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.health.v1.HealthGrpc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.grpc.server.GlobalServerInterceptor;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Zero trust on the gRPC port as on HTTP: every call carries an Ordo access token in its
 * {@code authorization} metadata ({@code Bearer <jwt>}), checked by identity's own {@link JwtDecoder} (the
 * rules of the HTTP API: RS256 by one of identity's keys, issuer, audience, expiry). Services forward the
 * token of the user they act for. The standard health service is the one exception, so that probes, which
 * carry no token, can ask it; it tells nothing about users.
 * <p>
 * Ordered inside the call log and the observation interceptor (order 0), so refusals are logged and counted.
 */
@Component
@GlobalServerInterceptor
@Order(100)
class BearerTokenInterceptor implements ServerInterceptor {

    static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private static final Logger log = LoggerFactory.getLogger(BearerTokenInterceptor.class);
    private static final String BEARER = "bearer ";

    private final JwtDecoder tokens;

    BearerTokenInterceptor(JwtDecoder tokens) {
        this.tokens = tokens;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                       ServerCallHandler<Q, R> next) {
        if (HealthGrpc.SERVICE_NAME.equals(call.getMethodDescriptor().getServiceName())) {
            return next.startCall(call, headers);
        }
        Status refusal = check(headers.get(AUTHORIZATION), call.getMethodDescriptor().getFullMethodName());
        if (refusal != null) {
            call.close(refusal, new Metadata());
            return new ServerCall.Listener<>() {
            };
        }
        return next.startCall(call, headers);
    }

    /** Null when the token is good; otherwise the status to refuse the call with. */
    private Status check(String authorization, String method) {
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            log.debug("gRPC {} refused: no bearer token", method);
            return unauthenticated();
        }
        try {
            Jwt jwt = tokens.decode(authorization.substring(BEARER.length()).strip());
            log.debug("gRPC {} called for user {}", method, jwt.getSubject());
            return null;
        } catch (BadJwtException e) {
            log.debug("gRPC {} refused: {}", method, e.getMessage());
            return unauthenticated();
        } catch (JwtException e) {
            // the token could not be checked at all (e.g. the key table is out of reach): not the caller's fault
            log.warn("gRPC {}: could not check the token", method, e);
            return Status.UNAVAILABLE.withDescription("Tokens cannot be checked right now; try again.");
        }
    }

    private static Status unauthenticated() {
        return Status.UNAUTHENTICATED.withDescription("A valid Ordo access token is required (authorization: Bearer <token>).");
    }
}
