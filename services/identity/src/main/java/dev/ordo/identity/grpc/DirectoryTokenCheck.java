package dev.ordo.identity.grpc;

import dev.ordo.identity.clients.ServiceTokens;
import dev.ordo.platform.grpc.server.BearerTokenCheck;
import io.grpc.Status;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;

/**
 * The user directory answers services only (ADR 0010). A call's bearer token (the platform's
 * {@code BearerTokenServerInterceptor} takes it from the {@code authorization} metadata and refuses calls
 * without one) must be one identity issued by client credentials ({@code POST /oauth2/token}), for the
 * directory's audience, with scope {@code directory} ({@link ServiceTokens#verify}: RS256 by one of
 * identity's keys, issuer, audience, expiry, {@code client_id}). A valid end-user access token is refused
 * with PERMISSION_DENIED (an end user may not list other users), as is a service token without the scope;
 * anything else is UNAUTHENTICATED.
 */
@Component
class DirectoryTokenCheck implements BearerTokenCheck {

    private static final Logger log = LoggerFactory.getLogger(DirectoryTokenCheck.class);

    private final ServiceTokens serviceTokens;
    private final JwtDecoder userTokens;

    DirectoryTokenCheck(ServiceTokens serviceTokens, JwtDecoder userTokens) {
        this.serviceTokens = serviceTokens;
        this.userTokens = userTokens;
    }

    @Override
    public Optional<Status> refusalOf(String token, String method) {
        try {
            Jwt jwt = serviceTokens.verify(token);
            if (!ServiceTokens.grants(jwt, ServiceTokens.DIRECTORY_SCOPE)) {
                log.debug(
                        "gRPC {} refused: client {} lacks scope directory", method, jwt.getClaimAsString("client_id"));
                return Optional.of(
                        Status.PERMISSION_DENIED.withDescription("The service token lacks the scope 'directory'."));
            }
            log.debug("gRPC {} called by service {}", method, jwt.getClaimAsString("client_id"));
            return Optional.empty();
        } catch (BadJwtException notAServiceToken) {
            return refuseOther(token, method, notAServiceToken);
        } catch (JwtException e) {
            return cannotCheck(method, e);
        }
    }

    /** Not a service token: a user's token is refused as such, anything else as no credential at all. */
    private Optional<Status> refuseOther(String token, String method, BadJwtException notAServiceToken) {
        try {
            Jwt user = userTokens.decode(token);
            log.debug("gRPC {} refused: an end-user token (user {})", method, user.getSubject());
            return Optional.of(Status.PERMISSION_DENIED.withDescription(
                    "The directory answers services only; end-user access tokens are not accepted."));
        } catch (BadJwtException e) {
            log.debug("gRPC {} refused: {}", method, notAServiceToken.getMessage());
            return Optional.of(Status.UNAUTHENTICATED.withDescription(
                    "A valid service token is required (authorization: Bearer <token> from POST /oauth2/token)."));
        } catch (JwtException e) {
            return cannotCheck(method, e);
        }
    }

    private static Optional<Status> cannotCheck(String method, JwtException e) {
        // the token could not be checked at all (e.g. the key table is out of reach): not the caller's fault
        log.warn("gRPC {}: could not check the token", method, e);
        return Optional.of(Status.UNAVAILABLE.withDescription("Tokens cannot be checked right now; try again."));
    }
}
