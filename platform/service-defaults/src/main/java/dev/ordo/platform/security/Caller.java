package dev.ordo.platform.security;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling: the user id from the token's {@code sub} and the roles from its {@code roles} claim.
 *
 * @param token the raw access token, to pass on when this service calls another on the user's behalf
 */
public record Caller(UUID userId, Set<String> roles, String token) {

    public static final String ROLES_CLAIM = "roles";
    public static final String ADMIN = "admin";

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }

    public static Caller of(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList(ROLES_CLAIM);
        return new Caller(
                UUID.fromString(jwt.getSubject()), roles == null ? Set.of() : Set.copyOf(roles), jwt.getTokenValue());
    }

    /** The caller of the request on this thread; fails if the request is not authenticated with a token. */
    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return of(token.getToken());
        }
        throw new IllegalStateException("no authenticated caller on this thread");
    }
}
