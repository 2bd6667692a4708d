package dev.ordo.search.engine.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ResponseException;

/**
 * Calls to the cluster, one way for the whole engine: an unreachable cluster or a refused request is an unchecked
 * exception with what OpenSearch said; a write refused for its version (409) is an answer of its own.
 */
final class OpenSearchCalls {

    static final int CONFLICT = 409;

    private OpenSearchCalls() {}

    @SuppressWarnings("unchecked")
    static Class<Map<String, Object>> documentClass() {
        return (Class<Map<String, Object>>) (Class<?>) Map.class;
    }

    interface Call<T> {
        T run() throws IOException;
    }

    static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (ResponseException e) {
            throw new UncheckedIOException("OpenSearch refused a request: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch could not be reached: " + e.getMessage(), e);
        }
    }

    /** The answer, or empty when OpenSearch refused the write for its version (409 Conflict). */
    static <T> Optional<T> applied(Call<T> call) {
        try {
            return Optional.of(call.run());
        } catch (OpenSearchException e) {
            if (e.status() == CONFLICT) {
                return Optional.empty();
            }
            throw e;
        } catch (ResponseException e) {
            if (e.status() == CONFLICT) {
                return Optional.empty();
            }
            throw new UncheckedIOException("OpenSearch refused a write: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch could not be reached: " + e.getMessage(), e);
        }
    }

    /** A request without a typed API in the client (index creation from JSON, settings, mappings). */
    static Answer send(OpenSearchClient client, String method, String endpoint, @Nullable String json) {
        Requests.JsonBodyBuilder request = Requests.builder().method(method).endpoint(endpoint);
        if (json != null) {
            request.json(json);
        }
        try (Response response = call(() -> client.generic().execute(request.build()))) {
            return new Answer(
                    response.getStatus(),
                    response.getBody().map(Body::bodyAsString).orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Answer(int status, String body) {
        boolean ok() {
            return status / 100 == 2;
        }
    }
}
