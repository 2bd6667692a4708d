package dev.ordo.platform.web.patch;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a {@link Patch}: a value with the deserializer of {@code T} (so every rule of the mapper applies
 * to it and a wrong type names the field), {@code null} as {@link Patch#cleared()}, a missing member as
 * {@link Patch#absent()}.
 */
final class PatchDeserializer extends ValueDeserializer<Patch<?>> {

    private final JavaType valueType;
    private final ValueDeserializer<Object> values;

    PatchDeserializer() {
        this(null, null);
    }

    private PatchDeserializer(JavaType valueType, ValueDeserializer<Object> values) {
        this.valueType = valueType;
        this.values = values;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        JavaType type = property != null ? property.getType() : context.getContextualType();
        JavaType contained = type == null ? null : type.containedType(0);
        if (contained == null) {
            contained = context.constructType(Object.class);
        }
        return new PatchDeserializer(contained, context.findContextualValueDeserializer(contained, property));
    }

    @Override
    public Patch<?> deserialize(JsonParser parser, DeserializationContext context) {
        if (values == null) {
            throw new IllegalStateException("a Patch is read as a property of a request record");
        }
        return Patch.of(values.deserialize(parser, context));
    }

    @Override
    public Object getNullValue(DeserializationContext context) {
        return Patch.cleared();
    }

    @Override
    public Object getAbsentValue(DeserializationContext context) {
        return Patch.absent();
    }

    @Override
    public Class<?> handledType() {
        return Patch.class;
    }

    JavaType valueType() {
        return valueType;
    }
}
