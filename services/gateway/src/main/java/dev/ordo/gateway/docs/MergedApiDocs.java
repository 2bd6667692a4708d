package dev.ordo.gateway.docs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The merged document, rebuilt at most once per cache period so that a page of API docs reloaded
 * often does not ask every service each time. While a service is missing, the next rebuild comes
 * sooner, so it reappears soon after it is back.
 */
@Component
class MergedApiDocs {

    private static final Duration RETRY_MISSING_AFTER = Duration.ofSeconds(5);

    private final ServiceApiDocs services;
    private final ApiDocsProperties properties;
    private final OpenApiMerger merger = new OpenApiMerger();
    private final Clock clock = Clock.systemUTC();
    private ObjectNode document;
    private Instant expires = Instant.MIN;

    MergedApiDocs(ServiceApiDocs services, ApiDocsProperties properties) {
        this.services = services;
        this.properties = properties;
    }

    /** The current merged document; callers get their own copy to add to. */
    synchronized ObjectNode current() {
        Instant now = clock.instant();
        if (document == null || !now.isBefore(expires)) {
            Map<String, JsonNode> documents = services.fetchAll(properties.services());
            List<String> missing = properties.services().keySet().stream()
                    .filter(name -> !documents.containsKey(name))
                    .toList();
            document = merger.merge(documents, missing, properties.title(), properties.version());
            Duration ttl = missing.isEmpty() || properties.cacheTtl().compareTo(RETRY_MISSING_AFTER) < 0
                    ? properties.cacheTtl()
                    : RETRY_MISSING_AFTER;
            expires = now.plus(ttl);
        }
        return document.deepCopy();
    }
}
