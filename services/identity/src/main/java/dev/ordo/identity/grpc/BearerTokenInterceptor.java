package dev.ordo.identity.grpc;

import dev.ordo.identity.clients.ServiceTokens;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.health.v1.HealthGrpc;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.grpc.server.GlobalServerInterceptor;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;

/**
 * The user directory answers services only. Every call carries a service token in its {@code authorization}
 * metadata ({@code Bearer <jwt>}): one identity issued by client credentials ({@code POST /oauth2/token}), for
 * the directory's audience, with scope {@code directory} ({@link ServiceTokens#verify}: RS256 by one of
 * identity's keys, issuer, audience, expiry, {@code client_id}). A valid end-user access token is refused
 * with PERMISSION_DENIED (an end user may not list other users), as is a service token without the scope;
 * anything else is UNAUTHENTICATED. The standard health service is the one exception, so that probes, which
 * carry no token, can ask it; it tells nothing about users.
 * <p>
 * Ordered inside the call log and the observation interceptor (order 0), so refusals are logged and counted.
 */
@Component
@GlobalServerInterceptor
@Order(100)
class BearerTokenInterceptor implements ServerInterceptor {

    static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private static final Logger log = LoggerFactory.getLogger(BearerTokenInterceptor.class);
    private static final String BEARER = "bearer ";

    private final ServiceTokens serviceTokens;
    private final JwtDecoder userTokens;

    BearerTokenInterceptor(ServiceTokens serviceTokens, JwtDecoder userTokens) {
        this.serviceTokens = serviceTokens;
        this.userTokens = userTokens;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(
            ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        if (HealthGrpc.SERVICE_NAME.equals(call.getMethodDescriptor().getServiceName())) {
            return next.startCall(call, headers);
        }
        Status refusal =
                check(headers.get(AUTHORIZATION), call.getMethodDescriptor().getFullMethodName());
        if (refusal != null) {
            call.close(refusal, new Metadata());
            return new ServerCall.Listener<>() {};
        }
        return next.startCall(call, headers);
    }

    /** Null when the token is good; otherwise the status to refuse the call with. */
    private Status check(String authorization, String method) {
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            log.debug("gRPC {} refused: no bearer token", method);
            return unauthenticated();
        }
        String token = authorization.substring(BEARER.length()).strip();
        try {
            Jwt jwt = serviceTokens.verify(token);
            if (!ServiceTokens.grants(jwt, ServiceTokens.DIRECTORY_SCOPE)) {
                log.debug(
                        "gRPC {} refused: client {} lacks scope directory", method, jwt.getClaimAsString("client_id"));
                return Status.PERMISSION_DENIED.withDescription("The service token lacks the scope 'directory'.");
            }
            log.debug("gRPC {} called by service {}", method, jwt.getClaimAsString("client_id"));
            return null;
        } catch (BadJwtException notAServiceToken) {
            return refuseOther(token, method, notAServiceToken);
        } catch (JwtException e) {
            return cannotCheck(method, e);
        }
    }

    /** Not a service token: a user's token is refused as such, anything else as no credential at all. */
    private Status refuseOther(String token, String method, BadJwtException notAServiceToken) {
        try {
            Jwt user = userTokens.decode(token);
            log.debug("gRPC {} refused: an end-user token (user {})", method, user.getSubject());
            return Status.PERMISSION_DENIED.withDescription(
                    "The directory answers services only; end-user access tokens are not accepted.");
        } catch (BadJwtException e) {
            log.debug("gRPC {} refused: {}", method, notAServiceToken.getMessage());
            return unauthenticated();
        } catch (JwtException e) {
            return cannotCheck(method, e);
        }
    }

    private static Status cannotCheck(String method, JwtException e) {
        // the token could not be checked at all (e.g. the key table is out of reach): not the caller's fault
        log.warn("gRPC {}: could not check the token", method, e);
        return Status.UNAVAILABLE.withDescription("Tokens cannot be checked right now; try again.");
    }

    private static Status unauthenticated() {
        return Status.UNAUTHENTICATED.withDescription(
                "A valid service token is required (authorization: Bearer <token> from POST /oauth2/token).");
    }
}
