package dev.ordo.e2e;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The operations of an OpenAPI 3 document as the fuzz test needs them: parameters and the JSON body's
 * schema, with every {@code $ref} resolved. Nothing here knows Ordo's endpoints.
 */
final class ApiDocument {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    record Parameter(String name, String in, boolean required, JsonNode schema) {}

    record Operation(String method, String path, List<Parameter> parameters, JsonNode body, boolean bodyRequired) {

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final JsonNode document;

    ApiDocument(JsonNode document) {
        this.document = document;
    }

    /**
     * Every operation, reads first, then writes, and deletions last with the deepest paths first, so that
     * a deletion a mutation did not prevent takes away as little as possible from the operations after it.
     */
    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            List<Parameter> shared = parameters(path.getValue().get("parameters"));
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>(shared);
                parameters.addAll(parameters(operation.get("parameters")));
                JsonNode requestBody = resolve(operation.get("requestBody"));
                JsonNode body = null;
                if (requestBody != null && requestBody.has("content")) {
                    JsonNode json = requestBody.get("content").get("application/json");
                    body = json == null ? null : resolve(json.get("schema"));
                }
                operations.add(new Operation(
                        method.toUpperCase(Locale.ROOT),
                        path.getKey(),
                        parameters,
                        body,
                        requestBody != null && requestBody.path("required").asBoolean(false)));
            }
        }
        operations.sort(Comparator.comparingInt(
                        (Operation o) -> METHODS.indexOf(o.method().toLowerCase(Locale.ROOT)))
                .thenComparing(o -> o.method().equals("DELETE") ? -o.path().length() : 0)
                .thenComparing(Operation::path));
        return operations;
    }

    /** The schema with {@code $ref} (and a single-element allOf/oneOf/anyOf) replaced by what it points to. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current != null && hops < 20; hops++) {
            if (current.has("$ref")) {
                current = pointer(current.get("$ref").asString());
            } else if (single(current, "allOf") || single(current, "oneOf") || single(current, "anyOf")) {
                current = first(current);
            } else {
                return current;
            }
        }
        return current;
    }

    /** The properties of an object schema, resolved, in the document's order. */
    Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        JsonNode resolved = resolve(schema);
        if (resolved != null && resolved.has("properties")) {
            for (Map.Entry<String, JsonNode> p : resolved.get("properties").properties()) {
                properties.put(p.getKey(), resolve(p.getValue()));
            }
        }
        return properties;
    }

    List<String> required(JsonNode schema) {
        List<String> required = new ArrayList<>();
        JsonNode resolved = resolve(schema);
        if (resolved != null && resolved.has("required")) {
            resolved.get("required").forEach(r -> required.add(r.asString()));
        }
        return required;
    }

    private List<Parameter> parameters(JsonNode list) {
        List<Parameter> parameters = new ArrayList<>();
        if (list == null) {
            return parameters;
        }
        for (JsonNode raw : list) {
            JsonNode p = resolve(raw);
            parameters.add(new Parameter(
                    p.get("name").asString(),
                    p.get("in").asString(),
                    p.path("required").asBoolean(false),
                    resolve(p.get("schema"))));
        }
        return parameters;
    }

    private JsonNode pointer(String ref) {
        if (!ref.startsWith("#")) {
            throw new IllegalArgumentException("only local references are supported: " + ref);
        }
        return document.at(ref.substring(1));
    }

    private static boolean single(JsonNode node, String combiner) {
        return node.has(combiner) && node.get(combiner).size() >= 1 && !node.has("properties");
    }

    private static JsonNode first(JsonNode node) {
        for (String combiner : List.of("allOf", "oneOf", "anyOf")) {
            if (node.has(combiner)) {
                Iterator<JsonNode> items = node.get(combiner).iterator();
                return items.next();
            }
        }
        return node;
    }
}
