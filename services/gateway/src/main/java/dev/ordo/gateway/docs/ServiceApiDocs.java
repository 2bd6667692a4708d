package dev.ordo.gateway.docs;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** Reads every service's own OpenAPI document, all at once and with short timeouts. */
@Component
class ServiceApiDocs {

    static final String API_DOCS_PATH = "/v3/api-docs";

    private static final Logger log = LoggerFactory.getLogger(ServiceApiDocs.class);

    private final RestClient client;

    ServiceApiDocs(RestClient.Builder builder, ApiDocsProperties properties) {
        HttpClientSettings settings =
                HttpClientSettings.defaults().withTimeouts(properties.timeout(), properties.timeout());
        this.client = builder.requestFactory(
                        ClientHttpRequestFactoryBuilder.jdk().build(settings))
                .build();
    }

    /** The documents of the services that answered with one, by service name; the others are left out. */
    Map<String, JsonNode> fetchAll(Map<String, URI> services) {
        Map<String, Future<JsonNode>> pending = new LinkedHashMap<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            services.forEach((name, url) -> pending.put(name, executor.submit(() -> fetch(url))));
        }
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        pending.forEach((name, future) -> {
            try {
                JsonNode document = future.get();
                if (document != null && document.isObject() && document.has("openapi")) {
                    documents.put(name, document);
                } else {
                    log.warn("The API document of {} is not an OpenAPI document; leaving it out", name);
                }
            } catch (ExecutionException e) {
                log.warn(
                        "The API document of {} could not be read; leaving it out: {}",
                        name,
                        e.getCause().toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return documents;
    }

    private JsonNode fetch(URI baseUrl) {
        String base = baseUrl.toString().replaceAll("/+$", "");
        return client.get()
                .uri(URI.create(base + API_DOCS_PATH))
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .body(JsonNode.class);
    }
}
