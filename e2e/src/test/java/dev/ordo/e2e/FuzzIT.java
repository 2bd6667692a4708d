package dev.ordo.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ordo.e2e.ApiDocument.Operation;
import dev.ordo.e2e.FuzzRequests.Probe;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Whatever a client sends to any operation of the public API, the answer is never a 5xx, and every error
 * is {@code application/problem+json} with the request id. The operations come from the gateway's merged
 * OpenAPI document, so a new endpoint is fuzzed without touching this test.
 */
class FuzzIT {

    /** Fixed, so every run sends the same requests and a failure can be sent again. */
    private static final long SEED = 9;

    private static final int MAX_REPORTED = 400;

    private static Api api;
    private static RawHttp raw;
    private static FuzzFixture fixture;

    @BeforeAll
    static void system() {
        String gateway = OrdoSystem.get().gatewayUrl();
        api = new Api(gateway);
        raw = new RawHttp(gateway);
        fixture = new FuzzFixture(api);
    }

    @Test
    void no_malformed_or_boundary_value_in_any_operation_answers_5xx_or_an_error_that_is_not_problem_json() {
        ApiDocument document = new ApiDocument(mergedDocument());
        List<Operation> operations = document.operations();
        assertThat(operations).as("operations in the merged document").hasSizeGreaterThan(20);
        FuzzRequests requests = new FuzzRequests(document, new Mutations(SEED), fixture::idFor, fixture.ownerToken());

        List<String> failures = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        int sent = 0;
        Instant start = Instant.now();
        for (Operation operation : operations) {
            for (Probe probe : requests.of(operation)) {
                sent++;
                String failure = check(probe, statuses);
                if (failure != null) {
                    failures.add(failure);
                }
            }
        }
        Duration took = Duration.between(start, Instant.now());
        System.out.printf(
                "FuzzIT: sent %d requests to %d operations in %d s; answers by status %s; %d failures%n",
                sent, operations.size(), took.toSeconds(), statuses, failures.size());
        failures.stream().limit(MAX_REPORTED).forEach(f -> System.out.println("FuzzIT failure: " + f));
        assertThat(failures)
                .as(
                        "%d of %d requests answered 5xx or an error that is not problem+json with a request "
                                + "id (method path [mutation] → status: body):%n%s",
                        failures.size(),
                        sent,
                        String.join("\n", failures.stream().limit(MAX_REPORTED).toList()))
                .isEmpty();
    }

    /**
     * The gateway's merged document once every service is in it: a service that did not answer in time is
     * left out for a moment (and named in the description), which a busy machine makes likely at start.
     */
    private static JsonNode mergedDocument() {
        JsonNode[] document = new JsonNode[1];
        await("every service's operations in the merged document")
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    Api.Response docs = api.get("/api/docs/openapi.json", null);
                    assertThat(docs.status()).as(docs.body()).isEqualTo(200);
                    document[0] = docs.json();
                    assertThat(document[0].path("info").path("description").asString(""))
                            .doesNotContain("Left out");
                });
        return document[0];
    }

    /** The failure line for this probe, or null when its answer is acceptable. */
    private static String check(Probe probe, Map<String, Integer> statuses) {
        RawHttp.Response response;
        try {
            response = raw.send(probe.method(), probe.target(), probe.headers(), probe.body());
        } catch (IOException | RuntimeException e) {
            statuses.merge("none", 1, Integer::sum);
            return line(probe, "no answer", e.toString());
        }
        statuses.merge(Integer.toString(response.status()), 1, Integer::sum);
        if (response.status() >= 500) {
            return line(probe, Integer.toString(response.status()), response.body());
        }
        if (response.status() >= 400) {
            if (!response.contentType().startsWith("application/problem+json")) {
                return line(probe, response.status() + " as " + response.contentType(), response.body());
            }
            if (!hasRequestId(response.body())) {
                return line(probe, response.status() + " without requestId", response.body());
            }
        }
        return null;
    }

    private static boolean hasRequestId(String body) {
        try {
            JsonNode problem = Api.JSON.readTree(body);
            return problem.hasNonNull("requestId")
                    && !problem.get("requestId").asString().isBlank();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String line(Probe probe, String outcome, String body) {
        String target = probe.target().length() > 120 ? probe.target().substring(0, 120) + "…" : probe.target();
        return probe.operation() + " [" + probe.mutation() + "] (" + target + ") → " + outcome + ": "
                + RawHttp.excerpt(body);
    }
}
