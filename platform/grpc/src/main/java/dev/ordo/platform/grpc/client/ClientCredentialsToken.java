package dev.ordo.platform.grpc.client;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's own token from an OAuth 2.0 token endpoint (client credentials, RFC 6749 4.4; identity's
 * {@code POST /oauth2/token}, ADR 0010). The token is kept and reused, and fetched anew once less than a
 * margin of its lifetime is left (a minute, or half its lifetime if that is shorter), so a call never goes
 * out with a token about to expire. One fetch at a time: concurrent callers wait for it rather than each
 * asking the endpoint.
 * <p>
 * Hand-written over the JDK's HTTP client rather than Spring Security's {@code OAuth2AuthorizedClientManager}:
 * spring-security-oauth2-client in the version Boot manages is not on the Maven repository we build from, and
 * the exchange is one POST.
 */
public class ClientCredentialsToken {

    private static final Logger log = LoggerFactory.getLogger(ClientCredentialsToken.class);
    private static final Duration MAX_MARGIN = Duration.ofMinutes(1);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ClientCredentials credentials;
    private final HttpClient http;
    private final Clock clock;
    private final ReentrantLock fetching = new ReentrantLock();
    private volatile Kept kept;

    public ClientCredentialsToken(ClientCredentials credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        if (!credentials.hasSecret()) {
            log.warn(
                    "No client secret for {} at {}: calls that need this service's token go without one and fail",
                    credentials.clientId(),
                    credentials.tokenUri());
        }
    }

    /**
     * A token valid for a while yet, fetched if needed within {@code timeout}.
     *
     * @throws TokenUnavailable when the endpoint gave none (no secret, refused, unreachable, too slow)
     */
    public String value(Duration timeout) {
        Kept known = kept;
        if (known != null && known.freshAt(clock.instant())) {
            return known.value();
        }
        try {
            if (!fetching.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new TokenUnavailable("another fetch is taking too long");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenUnavailable("interrupted");
        }
        try {
            known = kept;
            if (known != null && known.freshAt(clock.instant())) {
                return known.value();
            }
            kept = fetch(timeout);
            return kept.value();
        } finally {
            fetching.unlock();
        }
    }

    /**
     * The server refused this token (e.g. the issuer's keys changed): the next call fetches a new one. A token
     * fetched meanwhile by another call is kept.
     */
    public void refused(String token) {
        Kept known = kept;
        if (known != null && known.value().equals(token)) {
            kept = null;
        }
    }

    private Kept fetch(Duration timeout) {
        if (!credentials.hasSecret()) {
            throw new TokenUnavailable("no client secret is configured for " + credentials.clientId());
        }
        String basic = Base64.getEncoder()
                .encodeToString((form(credentials.clientId()) + ":" + form(credentials.clientSecret()))
                        .getBytes(StandardCharsets.UTF_8));
        String body = "grant_type=client_credentials"
                + (credentials.scope() == null ? "" : "&scope=" + form(credentials.scope()));
        HttpRequest request = HttpRequest.newBuilder(credentials.tokenUri())
                .timeout(timeout)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        Instant asked = clock.instant();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new TokenUnavailable("token endpoint " + credentials.tokenUri() + " unreachable: "
                    + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenUnavailable("interrupted");
        }
        JsonNode answer = parse(response.body());
        if (response.statusCode() != 200) {
            String error = answer == null || answer.get("error") == null
                    ? ""
                    : ": " + answer.get("error").asString();
            throw new TokenUnavailable("token endpoint answered " + response.statusCode() + error);
        }
        if (answer == null
                || answer.get("access_token") == null
                || answer.get("expires_in") == null
                || !"bearer".equalsIgnoreCase(answer.path("token_type").asString(""))) {
            throw new TokenUnavailable("token endpoint answered no bearer token with an expiry");
        }
        Duration lifetime = Duration.ofSeconds(answer.get("expires_in").asLong());
        Duration margin = lifetime.dividedBy(2).compareTo(MAX_MARGIN) < 0 ? lifetime.dividedBy(2) : MAX_MARGIN;
        // counted from when it was asked for: the answer's travel time is not part of the token's life
        return new Kept(
                answer.get("access_token").asString(), asked.plus(lifetime).minus(margin));
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

    private record Kept(String value, Instant refreshAt) {
        boolean freshAt(Instant now) {
            return now.isBefore(refreshAt);
        }
    }

    /** No token could be had now. */
    public static final class TokenUnavailable extends RuntimeException {
        TokenUnavailable(String reason) {
            super(reason, null, false, false);
        }
    }
}
