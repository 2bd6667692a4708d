package dev.ordo.gateway.tokens;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What this gateway already knows about the bearer tokens it is sent, so that deciding about a token it
 * has seen costs a hash lookup:
 *
 * <ul>
 *   <li><b>Verified</b>: a token that passed every check (signature, issuer, audience, expiry) is kept with
 *       the caller it names until it expires. A request carrying it is authenticated by {@link #knownFilter()}
 *       before the rate limit, and the chain's bearer-token filter leaves it alone ({@link #resolver()}
 *       gives it no token): no signature check, no conversion, no events.
 *   <li><b>Refused</b>: a token the chain refused as invalid (bad signature, expired, wrong issuer or
 *       audience, not a JWT) is kept for a short while ({@link #REFUSED_FOR}); the same token again is
 *       answered 401 by {@link #refusedFilter} (after it was counted by address) without being looked at.
 *       Only the token's own refusals count: when identity's keys cannot be fetched nothing is remembered.
 * </ul>
 *
 * Both are bounded (least recently used first out). The bearer token is read from the request once
 * ({@link #token}) and kept in a request attribute.
 */
public final class KnownTokens {

    /** A refused token is refused without a look for this long (shorter than the JWKS refetch interval). */
    public static final Duration REFUSED_FOR = Duration.ofSeconds(10);

    private static final String TOKEN = KnownTokens.class.getName() + ".token";
    private static final String KNOWN = KnownTokens.class.getName() + ".known";
    private static final Object NO_TOKEN = new Object();
    /** Handed to the entry point for a token refused before: made once, never thrown. */
    private static final InvalidBearerTokenException REFUSED_BEFORE =
            new InvalidBearerTokenException("This token was refused before.");

    private final BearerTokenResolver tokens;
    private final Clock clock;
    private final Cache<String, Known> verified;
    private final Cache<String, Boolean> refused;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository requestContexts = new RequestAttributeSecurityContextRepository();

    /**
     * @param tokens how a request's bearer token is found (the platform's: none on a public path)
     */
    public KnownTokens(BearerTokenResolver tokens, Clock clock, long maximumVerified, long maximumRefused) {
        this.tokens = tokens;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumSize(maximumVerified).build();
        this.refused = Caffeine.newBuilder()
                .maximumSize(maximumRefused)
                .expireAfterWrite(REFUSED_FOR)
                .build();
    }

    /**
     * The request's bearer token, read once per request; {@code null} when it has none (or the path is
     * public).
     *
     * @throws OAuth2AuthenticationException when the Authorization header is malformed
     */
    public String token(HttpServletRequest request) {
        Object known = request.getAttribute(TOKEN);
        if (known != null) {
            return known == NO_TOKEN ? null : (String) known;
        }
        String token = tokens.resolve(request);
        request.setAttribute(TOKEN, token == null ? NO_TOKEN : token);
        return token;
    }

    /** For the chain's bearer-token filter: no token for a request already authenticated by {@link #knownFilter()}. */
    public BearerTokenResolver resolver() {
        return request -> request.getAttribute(KNOWN) != null ? null : token(request);
    }

    /** Whether this request was authenticated from a token verified before (no signature was checked). */
    public static boolean knownBefore(HttpServletRequest request) {
        return request.getAttribute(KNOWN) != null;
    }

    /** The chain's converter from a verified token to its caller, remembering the token and the caller. */
    public Converter<Jwt, AbstractAuthenticationToken> remembering(
            Converter<Jwt, ? extends AbstractAuthenticationToken> converter) {
        return jwt -> {
            AbstractAuthenticationToken authentication = converter.convert(jwt);
            if (authentication instanceof JwtAuthenticationToken caller && jwt.getExpiresAt() != null) {
                verified.put(
                        jwt.getTokenValue(),
                        new Known(
                                jwt,
                                caller.getAuthorities(),
                                caller.getName(),
                                jwt.getExpiresAt().toEpochMilli()));
            }
            return authentication;
        };
    }

    /** The chain's entry point, remembering a token it is called for because the token itself is invalid. */
    public AuthenticationEntryPoint remembering(AuthenticationEntryPoint entryPoint) {
        return (request, response, failure) -> {
            if (failure instanceof OAuth2AuthenticationException invalid
                    && failure != REFUSED_BEFORE
                    && OAuth2ErrorCodes.INVALID_TOKEN.equals(invalid.getError().getErrorCode())
                    && request.getAttribute(TOKEN) instanceof String token) {
                refused.put(token, Boolean.TRUE);
            }
            entryPoint.commence(request, response, failure);
        };
    }

    /** Authenticates a request whose token was verified before and has not expired since. */
    public OncePerRequestFilter knownFilter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Known known = known(request);
                if (known != null) {
                    SecurityContext context = contexts.createEmptyContext();
                    context.setAuthentication(new JwtAuthenticationToken(known.jwt, known.authorities, known.name));
                    contexts.setContext(context);
                    requestContexts.saveContext(context, request, response);
                    request.setAttribute(KNOWN, Boolean.TRUE);
                }
                chain.doFilter(request, response);
            }
        };
    }

    /** Answers a token refused within {@link #REFUSED_FOR} with the entry point's 401, without a look at it. */
    public OncePerRequestFilter refusedFilter(AuthenticationEntryPoint entryPoint) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!knownBefore(request)
                        && request.getAttribute(TOKEN) instanceof String token
                        && refused.getIfPresent(token) != null) {
                    entryPoint.commence(request, response, REFUSED_BEFORE);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    private Known known(HttpServletRequest request) {
        String token;
        try {
            token = token(request);
        } catch (OAuth2AuthenticationException malformed) {
            return null; // the bearer-token filter answers it
        }
        if (token == null) {
            return null;
        }
        Known known = verified.getIfPresent(token);
        if (known == null) {
            return null;
        }
        if (known.expiresAtMillis <= clock.millis()) {
            verified.invalidate(token);
            return null;
        }
        return known;
    }

    /** A verified token's caller (a class, not a record: records carry no framework types here). */
    private static final class Known {
        final Jwt jwt;
        final Collection<? extends GrantedAuthority> authorities;
        final String name;
        final long expiresAtMillis;

        Known(Jwt jwt, Collection<? extends GrantedAuthority> authorities, String name, long expiresAtMillis) {
            this.jwt = jwt;
            this.authorities = authorities;
            this.name = name;
            this.expiresAtMillis = expiresAtMillis;
        }
    }
}
