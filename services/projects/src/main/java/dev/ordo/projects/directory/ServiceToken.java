package dev.ordo.projects.directory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * This service's credential for identity's UserDirectory: an OAuth 2.0 client-credentials token (RFC 6749
 * 4.4) from identity's {@code POST /oauth2/token}, the client authenticated with HTTP Basic
 * ({@code ordo.projects.directory.client-id}/{@code client-secret}), scope {@code directory}. The token is
 * kept and reused, and fetched anew once less than a margin of its lifetime is left (a minute, or half its
 * lifetime if that is shorter), so a call never goes out with a token about to expire. One fetch at a time:
 * concurrent lookups wait for it rather than each asking identity.
 * <p>
 * (Hand-written over the JDK's HTTP client: spring-security-oauth2-client in the version Boot manages is not
 * on the Maven repository we build from, and the exchange is one POST.)
 */
public class ServiceToken {

    private static final Logger log = LoggerFactory.getLogger(ServiceToken.class);
    private static final Duration MAX_MARGIN = Duration.ofMinutes(1);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI tokenUri;
    private final String clientId;
    private final String clientSecret;
    private final HttpClient http;
    private final Clock clock;
    private final ReentrantLock fetching = new ReentrantLock();
    private volatile Cached cached;

    public ServiceToken(URI tokenUri, String clientId, String clientSecret, Clock clock) {
        this.tokenUri = tokenUri;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.clock = clock;
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        if (clientSecret == null || clientSecret.isBlank()) {
            log.warn("ordo.projects.directory.client-secret is not set: identity's user directory cannot be asked, "
                    + "invitations resolve emails from the user replica only");
        }
    }

    /**
     * A token valid for a while yet, fetched if needed within {@code timeout}.
     *
     * @throws TokenUnavailable when identity gave none (not configured, refused, unreachable, too slow)
     */
    public String value(Duration timeout) {
        Cached known = cached;
        if (known != null && known.freshAt(clock.instant())) {
            return known.value();
        }
        try {
            if (!fetching.tryLock(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw new TokenUnavailable("another fetch is taking too long");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenUnavailable("interrupted");
        }
        try {
            known = cached;
            if (known != null && known.freshAt(clock.instant())) {
                return known.value();
            }
            cached = fetch(timeout);
            return cached.value();
        } finally {
            fetching.unlock();
        }
    }

    /** identity refused the token (e.g. its keys changed): the next call fetches a new one. */
    public void forget() {
        cached = null;
    }

    private Cached fetch(Duration timeout) {
        if (clientSecret == null || clientSecret.isBlank()) {
            throw new TokenUnavailable("ordo.projects.directory.client-secret is not set");
        }
        String basic = Base64.getEncoder()
                .encodeToString((form(clientId) + ":" + form(clientSecret)).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(tokenUri)
                .timeout(timeout)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=directory"))
                .build();
        Instant asked = clock.instant();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new TokenUnavailable("token endpoint " + tokenUri + " unreachable: "
                    + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenUnavailable("interrupted");
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() != 200) {
            String error = body == null || body.get("error") == null
                    ? ""
                    : ": " + body.get("error").asString();
            throw new TokenUnavailable("token endpoint answered " + response.statusCode() + error);
        }
        if (body == null
                || body.get("access_token") == null
                || body.get("expires_in") == null
                || !"bearer".equalsIgnoreCase(body.path("token_type").asString(""))) {
            throw new TokenUnavailable("token endpoint answered no bearer token with an expiry");
        }
        Duration lifetime = Duration.ofSeconds(body.get("expires_in").asLong());
        Duration margin = lifetime.dividedBy(2).compareTo(MAX_MARGIN) < 0 ? lifetime.dividedBy(2) : MAX_MARGIN;
        // counted from when it was asked for: the answer's travel time is not part of the token's life
        return new Cached(
                body.get("access_token").asString(), asked.plus(lifetime).minus(margin));
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record Cached(String value, Instant refreshAt) {
        boolean freshAt(Instant now) {
            return now.isBefore(refreshAt);
        }
    }

    /** No token could be had now; the lookup goes on without identity. */
    public static final class TokenUnavailable extends RuntimeException {
        TokenUnavailable(String reason) {
            super(reason, null, false, false);
        }
    }
}
