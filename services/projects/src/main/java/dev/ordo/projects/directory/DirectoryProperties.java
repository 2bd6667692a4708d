package dev.ordo.projects.directory;

import dev.ordo.platform.grpc.client.ClientCredentials;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ordo.projects.directory.*}: how hard to try identity's UserDirectory before going on without it.
 *
 * @param deadline     budget of one lookup, retries included: a request never waits longer for identity
 * @param clientId     this service's client id at identity's token endpoint
 * @param clientSecret its secret ({@code ordo.identity.service-clients.<client-id>} at identity); without
 *                     one identity is never asked and invitations resolve emails from the user replica only
 * @param tokenUri     identity's OAuth 2.0 token endpoint (client credentials; not routed by the gateway)
 */
@ConfigurationProperties("ordo.projects.directory")
public record DirectoryProperties(
        @DefaultValue("2s") Duration deadline,
        @DefaultValue("projects") String clientId,
        String clientSecret,
        @DefaultValue("http://127.0.0.1:8081/oauth2/token") URI tokenUri,
        @DefaultValue Retry retry,
        @DefaultValue CircuitBreaker circuitBreaker) {

    @Override
    public String toString() {
        return "DirectoryProperties[deadline=" + deadline + ", clientId=" + clientId + ", clientSecret=***, tokenUri="
                + tokenUri + ", retry=" + retry + ", circuitBreaker=" + circuitBreaker + "]";
    }

    /** What this service presents at identity's token endpoint: the directory's scope, nothing more. */
    public ClientCredentials credentials() {
        return new ClientCredentials(tokenUri, clientId, clientSecret, "directory");
    }

    /** Attempts in all (first one included), and the pause between two. */
    public record Retry(
            @DefaultValue("3") int maxAttempts,
            @DefaultValue("100ms") Duration backoff) {}

    /**
     * Opens when at least {@code failureRateThreshold} percent of the last {@code slidingWindow} calls
     * failed (once {@code minimumCalls} were made); stays open {@code waitInOpen}, then lets
     * {@code halfOpenCalls} trial calls through.
     */
    public record CircuitBreaker(
            @DefaultValue("10") int slidingWindow,
            @DefaultValue("5") int minimumCalls,
            @DefaultValue("50") float failureRateThreshold,
            @DefaultValue("30s") Duration waitInOpen,
            @DefaultValue("2") int halfOpenCalls) {}
}
