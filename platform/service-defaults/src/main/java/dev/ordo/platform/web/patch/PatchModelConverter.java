package dev.ordo.platform.web.patch;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Shows a {@link Patch Patch&lt;T&gt;} in the OpenAPI document as what a client sends: {@code T}, nullable
 * (null clears) unless {@link NotCleared}, not required (left out stays) — never as the wrapper's own shape.
 */
public final class PatchModelConverter implements ModelConverter {

    /**
     * Marks a schema whose members are {@link Patch} fields, already told exactly (nullable or not), so the
     * document's later passes over PATCH bodies leave it alone; they remove the mark from the document.
     */
    public static final String MERGE_PATCH_MARK = "x-ordo-merge-patch";

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        JavaType javaType = type.getType() == null ? null : Json.mapper().constructType(type.getType());
        if (javaType != null && Patch.class.isAssignableFrom(javaType.getRawClass())) {
            JavaType valueType = javaType.containedTypeCount() > 0
                    ? javaType.containedType(0)
                    : Json.mapper().constructType(Object.class);
            AnnotatedType value = new AnnotatedType(valueType)
                    .name(type.getName())
                    .parent(type.getParent())
                    .propertyName(type.getPropertyName())
                    .ctxAnnotations(type.getCtxAnnotations())
                    .jsonViewAnnotation(type.getJsonViewAnnotation())
                    .schemaProperty(type.isSchemaProperty())
                    .resolveAsRef(type.isResolveAsRef())
                    .skipOverride(true);
            Schema schema = chain.hasNext() ? chain.next().resolve(value, context, chain) : null;
            if (schema != null && schema.get$ref() == null && clearable(type)) {
                markNullable(schema);
            }
            return schema;
        }
        Schema resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        if (resolved != null && javaType != null && javaType.getRawClass().isRecord()) {
            notRequired(patchMembers(javaType.getRawClass()), resolved, context);
        }
        return resolved;
    }

    /**
     * A merge patch requires nothing: constraints such as {@code @NotBlank} on a member apply to the value
     * when it is sent, so the member is taken off the record's {@code required} list.
     */
    @SuppressWarnings("rawtypes")
    private static void notRequired(List<String> members, Schema resolved, ModelConverterContext context) {
        if (members.isEmpty()) {
            return;
        }
        Schema model = resolved;
        if (resolved.get$ref() != null) {
            String ref = resolved.get$ref();
            model = context.getDefinedModels().get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (model != null) {
            model.addExtension(MERGE_PATCH_MARK, true);
        }
        if (model != null && model.getRequired() != null) {
            List<String> required = new ArrayList<String>(model.getRequired());
            required.removeAll(members);
            model.setRequired(required.isEmpty() ? null : required);
        }
    }

    private static List<String> patchMembers(Class<?> record) {
        return Arrays.stream(record.getRecordComponents())
                .filter(component -> Patch.class.isAssignableFrom(component.getType()))
                .map(RecordComponent::getName)
                .toList();
    }

    /** OpenAPI 3.1 (springdoc's default) says "type": [T, "null"]; 3.0 said "nullable": true. */
    @SuppressWarnings("rawtypes")
    private static void markNullable(Schema schema) {
        if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            schema.addType("null");
        } else {
            schema.setNullable(true);
        }
    }

    private static boolean clearable(AnnotatedType type) {
        if (type.getCtxAnnotations() == null) {
            return true;
        }
        for (Annotation annotation : type.getCtxAnnotations()) {
            if (annotation instanceof NotCleared || annotation instanceof NotNull) {
                return false;
            }
        }
        return true;
    }
}
