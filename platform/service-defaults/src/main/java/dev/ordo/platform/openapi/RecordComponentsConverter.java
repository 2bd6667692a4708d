package dev.ordo.platform.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ordo.platform.web.patch.NotCleared;
import dev.ordo.platform.web.patch.Patch;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Notes on each record's schema which of its properties are record components, and lets a component
 * annotated {@code @Nullable} (JSpecify's, or any annotation of that name) be null in the schema.
 *
 * <p>The rule: Jackson writes every component of a record, null ones included, so an answer always has
 * each of them; a component is null only where its record says {@code @Nullable}. Which records are
 * answers is known only once the whole document is built: {@link OrdoOpenApiCustomizer} then marks the
 * noted components required in the schemas that responses use (a request's optional fields stay optional),
 * and removes the note.
 */
final class RecordComponentsConverter implements ModelConverter {

    /** The note: the names of a record's components that are properties of its schema. */
    static final String COMPONENTS = "x-ordo-record-components";

    private static final String SCHEMA_REF = "#/components/schemas/";

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema resolved = chain.next().resolve(type, context, chain);
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (resolved == null || raw == null || !raw.isRecord()) {
            return resolved;
        }
        Schema model = definition(resolved, context);
        if (model == null
                || model.getProperties() == null
                || model.getExtensions() != null && model.getExtensions().containsKey(COMPONENTS)) {
            return resolved;
        }
        Map<String, Schema> properties = model.getProperties();
        List<String> components = new ArrayList<>();
        for (RecordComponent component : raw.getRecordComponents()) {
            String name = jsonName(component);
            Schema property = properties.get(name);
            if (property == null) {
                continue; // ignored or hidden: not in the document
            }
            components.add(name);
            if (nullable(component)) {
                properties.put(name, allowingNull(property));
            }
        }
        model.addExtension(COMPONENTS, components);
        return resolved;
    }

    /** The schema itself, whether the chain answered it or a reference to it. */
    @SuppressWarnings("rawtypes")
    private static Schema definition(Schema resolved, ModelConverterContext context) {
        String ref = resolved.get$ref();
        if (ref == null) {
            return resolved;
        }
        String name = ref.startsWith(SCHEMA_REF) ? ref.substring(SCHEMA_REF.length()) : ref;
        return context.getDefinedModels().get(name);
    }

    private static String jsonName(RecordComponent component) {
        JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
        if (renamed == null) {
            renamed = component.getAnnotation(JsonProperty.class);
        }
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
    }

    private static boolean nullable(RecordComponent component) {
        if (Patch.class.isAssignableFrom(component.getType())) {
            // A merge patch member: null clears it, unless it may only change (PatchModelConverter).
            return Stream.of(component.getAnnotations(), component.getAccessor().getAnnotations())
                    .flatMap(Arrays::stream)
                    .noneMatch(annotation -> annotation instanceof NotCleared
                            || annotation instanceof jakarta.validation.constraints.NotNull);
        }
        return Stream.of(
                        component.getAnnotations(),
                        component.getAnnotatedType().getAnnotations(),
                        component.getAccessor().getAnnotations())
                .flatMap(Arrays::stream)
                .map(Annotation::annotationType)
                .anyMatch(annotation -> annotation.getSimpleName().equals("Nullable"));
    }

    /** The property's schema with null allowed: {@code type: [string, "null"]}, or any of a reference and null. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Schema allowingNull(Schema property) {
        Set<String> types =
                property.getTypes() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(property.getTypes());
        if (types.isEmpty() && property.getType() != null) {
            types.add(property.getType());
        }
        if (types.contains("null") || isNullAlternative(property)) {
            return property;
        }
        if (property.get$ref() == null && !types.isEmpty()) {
            types.add("null");
            property.setTypes(types);
            return property;
        }
        Schema nullSchema = new Schema();
        nullSchema.addType("null");
        return new Schema().anyOf(List.of(property, nullSchema));
    }

    @SuppressWarnings("rawtypes")
    private static boolean isNullAlternative(Schema property) {
        return property.getAnyOf() != null
                && property.getAnyOf().stream()
                        .anyMatch(alternative -> ((Schema) alternative).getTypes() != null
                                && ((Schema) alternative).getTypes().contains("null"));
    }
}
