package dev.ordo.testsupport;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** What every service's test of its OpenAPI document checks, said once. */
public final class OpenApiDocuments {

    private OpenApiDocuments() {}

    /** The operations ("GET /api/v1/things") of {@code document} that have no summary for people. */
    public static List<String> operationsWithoutSummary(JsonNode document) {
        List<String> missing = new ArrayList<>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    if (operation.getValue().path("summary").asString("").isBlank()) {
                        missing.add(operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
                    }
                }));
        return missing;
    }
}
