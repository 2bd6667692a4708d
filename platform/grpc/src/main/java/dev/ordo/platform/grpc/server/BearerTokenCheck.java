package dev.ordo.platform.grpc.server;

import io.grpc.Status;
import java.util.Optional;

/**
 * Who may call a service's gRPC methods: a service declares one bean of this type, and every call (but the
 * standard health service's) must carry a bearer token it accepts ({@link BearerTokenServerInterceptor}).
 */
@FunctionalInterface
public interface BearerTokenCheck {

    /**
     * @param token  the bearer token of the call's {@code authorization} metadata
     * @param method the full method name, for the log
     * @return empty when the token may make the call; otherwise the status to refuse it with (UNAUTHENTICATED:
     *     not a valid credential; PERMISSION_DENIED: a valid one that may not call this; UNAVAILABLE: tokens
     *     cannot be checked now)
     */
    Optional<Status> refusalOf(String token, String method);
}
