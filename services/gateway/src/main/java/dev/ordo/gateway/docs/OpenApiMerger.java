package dev.ordo.gateway.docs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Merges the services' OpenAPI documents into one OpenAPI 3.1 document: their paths, their tags and
 * their components. A schema name two services use for different things is prefixed with each one's
 * service name (and the references to it rewritten); the same schema defined alike is kept once.
 * A service's document-wide security requirement moves onto each of its operations, where it still
 * means the same thing in the merged document.
 */
final class OpenApiMerger {

    static final String OPENAPI_VERSION = "3.1.0";

    private static final String SCHEMA_REF = "#/components/schemas/";
    private static final Set<String> OPERATIONS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    /**
     * @param documents each service's document by service name
     * @param missing   the services whose document could not be read, named in the description
     */
    ObjectNode merge(Map<String, JsonNode> documents, Collection<String> missing, String title, String version) {
        Map<String, ObjectNode> copies = new TreeMap<>();
        documents.forEach((service, document) -> copies.put(service, (ObjectNode) document.deepCopy()));
        Map<String, Map<String, String>> renames = schemaRenames(copies);
        copies.forEach((service, document) -> renameSchemas(document, renames.get(service)));
        renameClashingOperationIds(copies);

        ObjectNode merged = nodes.objectNode();
        merged.put("openapi", OPENAPI_VERSION);
        merged.putObject("info")
                .put("title", title)
                .put("version", version)
                .put("description", description(copies.keySet(), missing));
        // The services link the same problem catalogue; the merged document keeps the link once.
        copies.values().stream()
                .map(document -> document.get("externalDocs"))
                .filter(docs -> docs != null && docs.isObject())
                .findFirst()
                .ifPresent(docs -> merged.set("externalDocs", docs));
        merged.putArray("servers");
        ArrayNode tags = merged.putArray("tags");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        Set<String> tagNames = new HashSet<>();
        copies.values().forEach(document -> {
            mergePaths(document, paths);
            mergeComponents(document, components);
            for (JsonNode tag : document.path("tags")) {
                if (tagNames.add(tag.path("name").asString(""))) {
                    tags.add(tag);
                }
            }
        });
        return merged;
    }

    /**
     * An operationId must be unique in a document (generated clients name their methods after it), but each
     * service names its own: one that more than one service uses becomes {@code <service>_<operationId>}.
     */
    private static void renameClashingOperationIds(Map<String, ObjectNode> documents) {
        Map<String, Integer> uses = new HashMap<>();
        documents
                .values()
                .forEach(document -> operations(document)
                        .forEach(operation ->
                                uses.merge(operation.path("operationId").asString(""), 1, Integer::sum)));
        documents.forEach((service, document) -> operations(document).forEach(operation -> {
            String id = operation.path("operationId").asString("");
            if (!id.isEmpty() && uses.getOrDefault(id, 0) > 1) {
                operation.put("operationId", service + "_" + id);
            }
        }));
    }

    private static List<ObjectNode> operations(ObjectNode document) {
        List<ObjectNode> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (OPERATIONS.contains(entry.getKey()) && entry.getValue() instanceof ObjectNode operation) {
                    operations.add(operation);
                }
            }
        }
        return operations;
    }

    private static String description(Collection<String> merged, Collection<String> missing) {
        String text = "The whole Ordo API, merged by the gateway from the services' own documents: "
                + (merged.isEmpty() ? "none" : String.join(", ", merged)) + ".";
        if (!missing.isEmpty()) {
            text += " Left out because they did not answer just now: " + String.join(", ", missing) + ".";
        }
        return text;
    }

    private static void mergePaths(ObjectNode document, ObjectNode paths) {
        JsonNode security = document.get("security");
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            ObjectNode target =
                    paths.has(path.getKey()) ? (ObjectNode) paths.get(path.getKey()) : paths.putObject(path.getKey());
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (target.has(entry.getKey())) {
                    continue; // a path belongs to one service; the first document wins a clash
                }
                JsonNode value = entry.getValue();
                if (OPERATIONS.contains(entry.getKey())
                        && value instanceof ObjectNode operation
                        && security != null
                        && !operation.has("security")) {
                    operation.set("security", security.deepCopy());
                }
                target.set(entry.getKey(), value);
            }
        }
    }

    private static void mergeComponents(ObjectNode document, ObjectNode components) {
        for (Map.Entry<String, JsonNode> section : document.path("components").properties()) {
            if (!section.getValue().isObject()) {
                continue;
            }
            ObjectNode target = components.has(section.getKey())
                    ? (ObjectNode) components.get(section.getKey())
                    : components.putObject(section.getKey());
            for (Map.Entry<String, JsonNode> entry : section.getValue().properties()) {
                if (!target.has(entry.getKey())) {
                    target.set(entry.getKey(), entry.getValue());
                }
            }
        }
    }

    /**
     * Per service, which of its schema names must change. Renaming one schema rewrites the references in
     * the others, which can make two same-named schemas differ that were equal before; so this repeats
     * until no new clash appears (each round renames at least one more schema, so it ends).
     */
    private static Map<String, Map<String, String>> schemaRenames(Map<String, ObjectNode> documents) {
        Map<String, Map<String, String>> renames = new HashMap<>();
        documents.keySet().forEach(service -> renames.put(service, new HashMap<>()));
        boolean changed = true;
        while (changed) {
            changed = false;
            Map<String, Map<String, JsonNode>> byName = new TreeMap<>();
            documents.forEach((service, document) -> {
                Map<String, String> renamed = renames.get(service);
                for (Map.Entry<String, JsonNode> schema :
                        document.path("components").path("schemas").properties()) {
                    JsonNode rewritten = schema.getValue().deepCopy();
                    rewriteRefs(rewritten, renamed);
                    byName.computeIfAbsent(
                                    renamed.getOrDefault(schema.getKey(), schema.getKey()),
                                    name -> new LinkedHashMap<>())
                            .put(service, rewritten);
                }
            });
            for (Map.Entry<String, Map<String, JsonNode>> name : byName.entrySet()) {
                if (Set.copyOf(name.getValue().values()).size() < 2) {
                    continue;
                }
                for (String service : name.getValue().keySet()) {
                    Map<String, String> renamed = renames.get(service);
                    boolean original = documents
                            .get(service)
                            .path("components")
                            .path("schemas")
                            .has(name.getKey());
                    if (original && !renamed.containsKey(name.getKey())) {
                        renamed.put(name.getKey(), prefix(service) + name.getKey());
                        changed = true;
                    }
                }
            }
        }
        return renames;
    }

    private static void renameSchemas(ObjectNode document, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return;
        }
        rewriteRefs(document, renames);
        JsonNode schemas = document.path("components").get("schemas");
        if (schemas instanceof ObjectNode current) {
            ObjectNode renamed = JsonNodeFactory.instance.objectNode();
            current.properties()
                    .forEach(schema ->
                            renamed.set(renames.getOrDefault(schema.getKey(), schema.getKey()), schema.getValue()));
            ((ObjectNode) document.get("components")).set("schemas", renamed);
        }
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isString() && ref.stringValue().startsWith(SCHEMA_REF)) {
                String target = renames.get(ref.stringValue().substring(SCHEMA_REF.length()));
                if (target != null) {
                    object.put("$ref", SCHEMA_REF + target);
                }
            }
            object.values().forEach(child -> rewriteRefs(child, renames));
        } else if (node instanceof ArrayNode array) {
            array.values().forEach(child -> rewriteRefs(child, renames));
        }
    }

    /** "identity" → "Identity", a prefix that keeps schema names in the usual PascalCase. */
    static String prefix(String service) {
        StringBuilder prefix = new StringBuilder();
        boolean upper = true;
        for (char c : service.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                upper = true;
            } else {
                prefix.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return prefix.toString();
    }
}
