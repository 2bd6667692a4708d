package dev.ordo.platform.web.patch;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.util.Iterator;

/**
 * Shows a {@link Patch Patch&lt;T&gt;} in the OpenAPI document as what a client sends: {@code T}, nullable
 * (null clears) unless {@link NotCleared}, not required (left out stays) — never as the wrapper's own shape.
 */
public final class PatchModelConverter implements ModelConverter {

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
                schema.setNullable(true);
            }
            return schema;
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
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
