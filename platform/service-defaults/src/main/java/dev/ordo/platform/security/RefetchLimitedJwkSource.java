package dev.ordo.platform.security;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.ResourceRetriever;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * identity's public keys, fetched from its JWKS and kept for {@code refreshInterval}. A token whose
 * {@code kid} is not among them (a key identity just rotated to, or a forgery) may cause a fetch — but
 * never more than one per {@code minRefetchInterval}, however many such tokens arrive at once: between
 * fetches, an unknown key is simply not found and its token refused. A failed fetch keeps the keys held.
 */
public final class RefetchLimitedJwkSource implements JWKSource<SecurityContext> {

    private static final Logger log = LoggerFactory.getLogger(RefetchLimitedJwkSource.class);

    private final URL url;
    private final ResourceRetriever retriever;
    private final Duration refreshInterval;
    private final Duration minRefetchInterval;
    private final Clock clock;

    private volatile JWKSet keys;
    private volatile Instant fetchedAt;
    private Instant lastAttempt;

    public RefetchLimitedJwkSource(String uri, Duration refreshInterval, Duration minRefetchInterval, Clock clock) {
        try {
            this.url = URI.create(uri).toURL();
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a JWKS URL: " + uri, e);
        }
        this.retriever = new DefaultResourceRetriever(2_000, 2_000, 256 * 1024);
        this.refreshInterval = refreshInterval;
        this.minRefetchInterval = minRefetchInterval;
        this.clock = clock;
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
        JWKSet held = keys;
        if (held == null || clock.instant().isAfter(fetchedAt.plus(refreshInterval))) {
            held = refresh(held);
        } else {
            List<JWK> found = selector.select(held);
            if (!found.isEmpty()) {
                return found;
            }
            held = refresh(held);
        }
        if (held == null) {
            throw new KeySourceException("identity's JWKS could not be fetched from " + url);
        }
        return selector.select(held);
    }

    /** Fetches again unless another thread just did, or the last attempt is too recent; returns the keys to use. */
    private synchronized JWKSet refresh(JWKSet seen) {
        if (keys != seen) {
            return keys;
        }
        Instant now = clock.instant();
        if (lastAttempt != null && now.isBefore(lastAttempt.plus(minRefetchInterval))) {
            return keys;
        }
        lastAttempt = now;
        try {
            keys = JWKSet.parse(retriever.retrieveResource(url).getContent());
            fetchedAt = now;
        } catch (IOException | ParseException e) {
            log.warn("identity's JWKS could not be fetched from {}: {}", url, e.toString());
        }
        return keys;
    }
}
