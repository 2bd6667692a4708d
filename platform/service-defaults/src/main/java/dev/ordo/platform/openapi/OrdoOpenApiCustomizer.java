package dev.ordo.platform.openapi;

import dev.ordo.platform.web.patch.PatchModelConverter;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The service's title and description; the bearer scheme, required on every operation whose path is not
 * public; and the components of the records that answers carry marked required.
 */
final class OrdoOpenApiCustomizer implements OpenApiCustomizer {

    private static final String SCHEMA_REF = "#/components/schemas/";

    private final String title;
    private final String description;
    private final String version;
    private final List<PathPattern> publicPaths;
    private final String problemCatalogue;

    OrdoOpenApiCustomizer(
            String title, String description, String version, Collection<String> publicPaths, String problemCatalogue) {
        this.problemCatalogue = problemCatalogue;
        this.title = title;
        this.description = description;
        this.version = version;
        this.publicPaths = publicPaths.stream()
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.info(new Info().title(title).description(description).version(version));
        // Every error is problem+json whose type names an entry of one catalogue (docs/api/problems.md).
        openApi.externalDocs(new ExternalDocumentation()
                .description("Problem types: what each error's type means (docs/api/problems.md)")
                .url(problemCatalogue));
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.components(components.addSecuritySchemes(
                OrdoOpenApiAutoConfiguration.BEARER,
                new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")));
        requireTokens(openApi);
        requireAnswerComponents(openApi);
        allowNullInMergePatches(openApi);
    }

    /**
     * A PATCH body is a JSON Merge Patch (RFC 7396): a member left out stays as it is, and null removes the
     * value (the service answers 400 where a value cannot be removed). So each top-level property of a
     * schema that only PATCH bodies use may be null, except those the schema requires (a body that must
     * name a value, such as a member's new role).
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void allowNullInMergePatches(OpenAPI openApi) {
        if (openApi.getPaths() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Set<String> patches = new HashSet<>();
        Set<String> otherBodies = new HashSet<>();
        openApi.getPaths()
                .values()
                .forEach(item -> item.readOperationsMap().forEach((method, operation) -> {
                    if (operation.getRequestBody() == null
                            || operation.getRequestBody().getContent() == null) {
                        return;
                    }
                    operation.getRequestBody().getContent().values().forEach(media -> {
                        Set<String> names = references(media.getSchema());
                        (method == PathItem.HttpMethod.PATCH ? patches : otherBodies).addAll(names);
                    });
                }));
        patches.removeAll(otherBodies);
        patches.forEach(name -> {
            Schema schema = openApi.getComponents().getSchemas().get(name);
            if (schema != null
                    && schema.getProperties() != null
                    && (schema.getExtensions() == null
                            || !schema.getExtensions().containsKey(PatchModelConverter.MERGE_PATCH_MARK))) {
                Map<String, Schema> properties = schema.getProperties();
                List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                properties.replaceAll((property, value) ->
                        required.contains(property) ? value : RecordComponentsConverter.allowingNull(value));
            }
        });
        // Patch<T> records are told member by member (PatchModelConverter); the mark is for this pass only.
        openApi.getComponents().getSchemas().values().forEach(schema -> {
            if (schema.getExtensions() != null) {
                schema.getExtensions().remove(PatchModelConverter.MERGE_PATCH_MARK);
                if (schema.getExtensions().isEmpty()) {
                    schema.setExtensions(null);
                }
            }
        });
    }

    private void requireTokens(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            if (isPublic(path)) {
                return;
            }
            for (Operation operation : item.readOperations()) {
                if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
                    operation.addSecurityItem(new SecurityRequirement().addList(OrdoOpenApiAutoConfiguration.BEARER));
                }
            }
        });
    }

    private boolean isPublic(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return publicPaths.stream().anyMatch(pattern -> pattern.matches(container));
    }

    /** Every record component of a schema that answers use (directly or nested) becomes required there. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void requireAnswerComponents(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas() == null
                ? Map.of()
                : openApi.getComponents().getSchemas();
        Set<String> answers = new HashSet<>();
        Deque<Object> pending = new ArrayDeque<>();
        if (openApi.getPaths() != null) {
            openApi.getPaths()
                    .values()
                    .forEach(item -> item.readOperations().forEach(operation -> {
                        if (operation.getResponses() != null) {
                            operation.getResponses().values().forEach(response -> {
                                if (response.getContent() != null) {
                                    response.getContent().values().forEach(media -> pending.add(media.getSchema()));
                                }
                            });
                        }
                    }));
        }
        while (!pending.isEmpty()) {
            for (String name : references(pending.pop())) {
                Schema schema = schemas.get(name);
                if (schema != null && answers.add(name)) {
                    pending.add(schema);
                }
            }
        }
        schemas.forEach((name, schema) -> {
            Object noted = schema.getExtensions() == null
                    ? null
                    : schema.getExtensions().remove(RecordComponentsConverter.COMPONENTS);
            if (noted instanceof List<?> components && answers.contains(name)) {
                Set<String> required =
                        new LinkedHashSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
                components.forEach(component -> required.add((String) component));
                schema.setRequired(new ArrayList<>(required));
            }
            if (schema.getExtensions() != null && schema.getExtensions().isEmpty()) {
                schema.setExtensions(null);
            }
        });
    }

    /** The names of the component schemas a schema refers to, at any depth within it (not through them). */
    @SuppressWarnings("rawtypes")
    private static Set<String> references(Object node) {
        Set<String> names = new LinkedHashSet<>();
        Deque<Schema> stack = new ArrayDeque<>();
        if (node instanceof Schema schema) {
            stack.push(schema);
        }
        while (!stack.isEmpty()) {
            Schema schema = stack.pop();
            if (schema.get$ref() != null) {
                String ref = schema.get$ref();
                names.add(ref.startsWith(SCHEMA_REF) ? ref.substring(SCHEMA_REF.length()) : ref);
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(value -> stack.push((Schema) value));
            }
            if (schema.getItems() != null) {
                stack.push(schema.getItems());
            }
            if (schema.getAdditionalProperties() instanceof Schema additional) {
                stack.push(additional);
            }
            for (List<Schema> composed : List.of(
                    nullToEmpty(schema.getAllOf()), nullToEmpty(schema.getAnyOf()), nullToEmpty(schema.getOneOf()))) {
                composed.forEach(stack::push);
            }
        }
        return names;
    }

    @SuppressWarnings("rawtypes")
    private static List<Schema> nullToEmpty(List<Schema> schemas) {
        return schemas == null ? List.of() : schemas;
    }
}
