package dev.ordo.e2e;

import dev.ordo.e2e.ApiDocument.Operation;
import dev.ordo.e2e.ApiDocument.Parameter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;

/**
 * The requests the fuzz test sends for one operation: a valid baseline (real ids, required fields) with one
 * thing at a time made malformed — each path, query and header parameter, each body field (nested objects
 * too), the body as a whole, and the route (malformed percent-encoding, a bad request id). Mutations per
 * value, not their cross product, which keeps the run bounded.
 */
final class FuzzRequests {

    record Probe(
            Operation operation, String mutation, String method, String target, List<String[]> headers, byte[] body) {}

    private static final int MAX_DEPTH = 2;

    private final ApiDocument document;
    private final Mutations mutations;
    private final BiFunction<String, String, String> ids;
    private final String token;
    private int emails;

    /** @param ids the id of a real object for (parameter name, resource segment before it), or null */
    FuzzRequests(ApiDocument document, Mutations mutations, BiFunction<String, String, String> ids, String token) {
        this.document = document;
        this.mutations = mutations;
        this.ids = ids;
        this.token = token;
    }

    List<Probe> of(Operation op) {
        List<Probe> probes = new ArrayList<>();
        Map<String, String> realPath = pathValues(op, false);
        Map<String, String> query = baselineQuery(op);
        for (Parameter p : op.in("path")) {
            mutations.path().forEach((name, value) -> {
                Map<String, String> path = new LinkedHashMap<>(realPath);
                path.put(p.name(), value);
                probes.add(probe(op, "path " + p.name() + " = " + name, path, query, List.of(), baselineBody(op)));
            });
        }
        for (Parameter p : op.in("query")) {
            mutations.query(p.schema()).forEach((name, value) -> {
                Map<String, String> q = new LinkedHashMap<>(query);
                q.put(p.name(), value);
                probes.add(probe(op, "query " + p.name() + " = " + name, realPath, q, List.of(), baselineBody(op)));
            });
            Map<String, String> repeated = new LinkedHashMap<>(query);
            repeated.put(p.name(), "a&" + p.name() + "=b");
            probes.add(probe(op, "query " + p.name() + " repeated", realPath, repeated, List.of(), baselineBody(op)));
        }
        for (Parameter p : op.in("header")) {
            mutations
                    .header()
                    .forEach((name, value) -> probes.add(probe(
                            op,
                            "header " + p.name() + " = " + name,
                            realPath,
                            query,
                            List.<String[]>of(new String[] {p.name(), value}),
                            baselineBody(op))));
        }
        if (op.body() != null) {
            bodyFields(op, op.body(), new ArrayList<>(), realPath, query, probes);
            wholeBody(op, probes);
        }
        Map<String, String> unknownIds = pathValues(op, true);
        probes.add(probe(op, "query ?x=%zz", unknownIds, Map.of("x", "%zz"), List.of(), baselineBody(op)));
        probes.add(probe(op, "query ?x=%00", unknownIds, Map.of("x", "%00"), List.of(), baselineBody(op)));
        probes.add(probe(op, "query name %zz", unknownIds, Map.of("%zz", "1"), List.of(), baselineBody(op)));
        probes.add(probe(
                op,
                "header X-Request-Id = control characters",
                unknownIds,
                Map.of(),
                List.<String[]>of(new String[] {"X-Request-Id", "id\u0001\u001b[2J"}),
                baselineBody(op)));
        withoutToken(op, unknownIds, probes);
        return probes;
    }

    /** The same route as a caller without a usable token: refused (or served, if public) the same way. */
    private void withoutToken(Operation op, Map<String, String> path, List<Probe> probes) {
        String target = target(op, path, Map.of());
        byte[] body = baselineBody(op);
        String type = body == null ? null : "application/json";
        Map<String, String> authorizations = new LinkedHashMap<>();
        authorizations.put("no token", null);
        authorizations.put("malformed token", "Bearer a.b.c");
        authorizations.put("token with control characters", "Bearer " + token + "\u0001");
        authorizations.put("other scheme", "Basic %%%");
        authorizations.forEach((name, authorization) -> {
            List<String[]> headers = new ArrayList<>();
            if (authorization != null) {
                headers.add(new String[] {"Authorization", authorization});
            }
            if (type != null) {
                headers.add(new String[] {"Content-Type", type});
            }
            probes.add(new Probe(op, name, op.method(), target, headers, body));
        });
    }

    private void bodyFields(
            Operation op,
            JsonNode schema,
            List<String> at,
            Map<String, String> path,
            Map<String, String> query,
            List<Probe> probes) {
        for (Map.Entry<String, JsonNode> field : document.properties(schema).entrySet()) {
            List<String> fieldPath = new ArrayList<>(at);
            fieldPath.add(field.getKey());
            mutations
                    .json(field.getKey(), field.getValue())
                    .forEach((name, value) -> probes.add(probe(
                            op,
                            "body " + String.join(".", fieldPath) + " = " + name,
                            path,
                            query,
                            List.of(),
                            utf8(object(op.body(), fieldPath, value)))));
            boolean object = !document.properties(field.getValue()).isEmpty();
            if (object && fieldPath.size() < MAX_DEPTH) {
                bodyFields(op, field.getValue(), fieldPath, path, query, probes);
            }
        }
    }

    /** Mistakes in the body as a whole; the path gets unknown ids, as the body never gets that far. */
    private void wholeBody(Operation op, List<Probe> probes) {
        Map<String, String> path = pathValues(op, true);
        String baseline = object(op.body(), List.of(), null);
        Map.Entry<String, JsonNode> first =
                document.properties(op.body()).entrySet().stream().findFirst().orElse(null);
        String key = first == null ? "x" : first.getKey();
        String value = first == null ? "1" : leaf(first.getKey(), first.getValue());
        String inside = baseline.equals("{}") ? "" : "," + baseline.substring(1, baseline.length() - 1);
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("malformed JSON", utf8("{\"" + key + "\":"));
        bodies.put("duplicate key", utf8("{\"" + key + "\":" + value + ",\"" + key + "\":" + value + inside + "}"));
        bodies.put("null body", utf8("null"));
        bodies.put("array body", utf8("[]"));
        bodies.put("empty body", new byte[0]);
        bodies.put(
                "5000 nested arrays", utf8("{\"" + key + "\":" + "[".repeat(5000) + "]".repeat(5000) + inside + "}"));
        bodies.put("2000-digit number", utf8("{\"" + key + "\":1" + "0".repeat(2000) + inside + "}"));
        ByteArrayOutputStream invalid = new ByteArrayOutputStream();
        invalid.writeBytes(utf8("{\"" + key + "\":\"a"));
        invalid.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
        invalid.writeBytes(utf8("\"" + inside + "}"));
        bodies.put("invalid UTF-8 bytes", invalid.toByteArray());
        bodies.forEach((name, body) -> probes.add(probe(op, "body " + name, path, Map.of(), List.of(), body)));
        probes.add(new Probe(
                op,
                "body as text/plain",
                op.method(),
                target(op, path, Map.of()),
                headers(List.of(), "text/plain"),
                utf8(baseline)));
    }

    /** The JSON text of an object of this schema: its required fields, and {@code value} at {@code at}. */
    private String object(JsonNode schema, List<String> at, String value) {
        Map<String, JsonNode> properties = document.properties(schema);
        List<String> fields = new ArrayList<>(document.required(schema));
        if (!at.isEmpty() && !fields.contains(at.getFirst())) {
            fields.add(at.getFirst());
        }
        List<String> members = new ArrayList<>();
        for (String field : fields) {
            JsonNode fieldSchema = properties.get(field);
            String text;
            if (!at.isEmpty() && at.getFirst().equals(field)) {
                text = at.size() == 1 ? value : object(fieldSchema, at.subList(1, at.size()), value);
            } else {
                text = leaf(field, fieldSchema);
            }
            members.add(Mutations.quote(field) + ":" + text);
        }
        return "{" + String.join(",", members) + "}";
    }

    /** A valid-looking JSON value for a field, from what the document says about it. */
    private String leaf(String name, JsonNode schema) {
        String plain = plain(name, schema);
        if (plain != null) {
            String type = schema == null ? "string" : schema.path("type").asString("string");
            return type.equals("string") ? Mutations.quote(plain) : plain;
        }
        if (schema != null && schema.path("type").asString("").equals("array")) {
            return "[]";
        }
        return object(schema, List.of(), null);
    }

    /** A valid-looking value as plain text (for a query or a JSON scalar), or null for arrays and objects. */
    private String plain(String name, JsonNode schema) {
        JsonNode s = schema == null ? Api.JSON.createObjectNode() : schema;
        String type = s.path("type").asString(s.has("properties") ? "object" : "string");
        String format = s.path("format").asString("");
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (format.equals("email") || lower.contains("email")) {
            return "fuzz-" + (++emails) + "@e2e.ordo.test";
        }
        if (lower.contains("password")) {
            return Users.PASSWORD;
        }
        if (format.equals("uuid")) {
            String id = ids.apply(name, null);
            return id != null ? id : mutations.uuid().toString();
        }
        if (s.has("enum")) {
            return s.get("enum").get(0).asString();
        }
        if (s.has("example") && s.get("example").isValueNode()) {
            return s.get("example").asString();
        }
        return switch (type) {
            case "integer", "number" -> s.has("minimum") ? s.get("minimum").asString() : "1";
            case "boolean" -> "false";
            case "array", "object" -> null;
            default ->
                switch (format) {
                    case "date" -> "2026-03-01";
                    case "date-time" -> "2026-03-01T10:00:00Z";
                    default ->
                        s.has("pattern") && s.get("pattern").asString().matches("[\\w-]+(\\|[\\w-]+)*")
                                ? s.get("pattern").asString().split("\\|")[0]
                                : "fuzz"
                                        + "z"
                                                .repeat(Math.max(
                                                        0, s.path("minLength").asInt(0) - 4));
                };
        };
    }

    private Map<String, String> pathValues(Operation op, boolean unknown) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter p : op.in("path")) {
            String before = segmentBefore(op.path(), p.name());
            String id = unknown ? null : ids.apply(p.name(), before);
            values.put(p.name(), id != null ? id : mutations.uuid().toString());
        }
        return values;
    }

    /** Required query parameters, and ids of real objects for optional ones that name an object. */
    private Map<String, String> baselineQuery(Operation op) {
        Map<String, String> query = new LinkedHashMap<>();
        for (Parameter p : op.in("query")) {
            boolean id = p.schema() != null
                    && "uuid".equals(p.schema().path("format").asString(""));
            if (p.required() || (id && ids.apply(p.name(), null) != null)) {
                String value = plain(p.name(), p.schema());
                query.put(p.name(), java.net.URLEncoder.encode(value == null ? "x" : value, StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    private byte[] baselineBody(Operation op) {
        return op.body() == null ? null : utf8(object(op.body(), List.of(), null));
    }

    private Probe probe(
            Operation op,
            String mutation,
            Map<String, String> path,
            Map<String, String> query,
            List<String[]> extraHeaders,
            byte[] body) {
        return new Probe(
                op,
                mutation,
                op.method(),
                target(op, path, query),
                headers(extraHeaders, body == null ? null : "application/json"),
                body);
    }

    private List<String[]> headers(List<String[]> extra, String contentType) {
        List<String[]> headers = new ArrayList<>();
        headers.add(new String[] {"Authorization", "Bearer " + token});
        headers.add(new String[] {"Accept", "application/json"});
        if (contentType != null) {
            headers.add(new String[] {"Content-Type", contentType});
        }
        headers.addAll(extra);
        return headers;
    }

    private static String target(Operation op, Map<String, String> path, Map<String, String> query) {
        String target = op.path();
        for (Map.Entry<String, String> p : path.entrySet()) {
            target = target.replace("{" + p.getKey() + "}", p.getValue());
        }
        List<String> pairs = new ArrayList<>();
        query.forEach((name, value) -> pairs.add(name + "=" + value));
        return pairs.isEmpty() ? target : target + "?" + String.join("&", pairs);
    }

    private static String segmentBefore(String path, String parameter) {
        String[] segments = path.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{" + parameter + "}")) {
                return segments[i - 1];
            }
        }
        return null;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
