package dev.ordo.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.util.StringUtils;

/**
 * The bearer token of a request, with the answers of Spring Security's {@code DefaultBearerTokenResolver}
 * (the {@code Authorization} header only; a malformed one is an {@code invalid_token} error), except on
 * the public paths, where a token is not looked at. It is resolved once per request: the answer is kept
 * in the request for the path it was given for, and the header is checked with a loop over its characters
 * rather than the resolver's regular expression over a 1 KB token.
 */
final class BearerTokens implements BearerTokenResolver {

    private static final String RESOLVED = BearerTokens.class.getName() + ".resolved";

    private final PathSet publicPaths;

    BearerTokens(PathSet publicPaths) {
        this.publicPaths = publicPaths;
    }

    @Override
    public String resolve(HttpServletRequest request) {
        String uri = request.getRequestURI();
        if (request.getAttribute(RESOLVED) instanceof Resolved resolved
                && resolved.by() == this
                && resolved.uri().equals(uri)) {
            return resolved.token();
        }
        String token = publicPaths.matches(request) ? null : fromAuthorizationHeader(request);
        request.setAttribute(RESOLVED, new Resolved(this, uri, token));
        return token;
    }

    /** What one resolver answered for one path of a request (an error dispatch has another path). */
    private record Resolved(BearerTokens by, String uri, String token) {}

    /**
     * {@code Bearer <token>} ({@code Bearer} in any case), the token being {@code [a-zA-Z0-9-._~+/]+=*}:
     * {@code null} when the header does not start with {@code bearer}, an error when it does but is not
     * that.
     */
    static String fromAuthorizationHeader(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (!StringUtils.startsWithIgnoreCase(authorization, "bearer")) {
            return null;
        }
        String token = tokenOf(authorization);
        if (token == null) {
            throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
        }
        return token;
    }

    /** The token of a well-formed header, or {@code null}. */
    static String tokenOf(String authorization) {
        int n = authorization.length();
        if (n < 8
                || (authorization.charAt(0) | 0x20) != 'b'
                || (authorization.charAt(1) | 0x20) != 'e'
                || (authorization.charAt(2) | 0x20) != 'a'
                || (authorization.charAt(3) | 0x20) != 'r'
                || (authorization.charAt(4) | 0x20) != 'e'
                || (authorization.charAt(5) | 0x20) != 'r'
                || authorization.charAt(6) != ' ') {
            return null;
        }
        int i = 7;
        while (i < n && isTokenChar(authorization.charAt(i))) {
            i++;
        }
        if (i == 7) {
            return null;
        }
        while (i < n && authorization.charAt(i) == '=') {
            i++;
        }
        return i == n ? authorization.substring(7) : null;
    }

    private static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~'
                || c == '+'
                || c == '/';
    }
}
