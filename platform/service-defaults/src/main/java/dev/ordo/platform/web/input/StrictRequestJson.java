package dev.ordo.platform.web.input;

import com.fasterxml.jackson.annotation.Nulls;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The JSON rules for request bodies, one place for every service (the application's own mapper, which
 * also reads events from other services, stays lenient about fields it does not know):
 * <ul>
 *   <li>a key twice in one object, an unknown field, or {@code null} inside an array is a 400;</li>
 *   <li>no silent type coercion: {@code "name": 5}, {@code "done": "true"}, {@code "position": "3"},
 *       an enum as a number are 400s;</li>
 *   <li>every string is checked by {@link InputRules#textProblem} and every date by
 *       {@link InputRules#isWithinYears}.</li>
 * </ul>
 * Request records that collect unknown fields themselves ({@code @JsonAnySetter}) keep doing so.
 */
public final class StrictRequestJson {

    private StrictRequestJson() {}

    public static JsonMapper from(JsonMapper base) {
        return base.rebuild()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .changeDefaultNullHandling(value -> value.withContentNulls(Nulls.FAIL))
                .withCoercionConfig(
                        LogicalType.Textual,
                        config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Boolean,
                        config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Integer,
                        config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Enum, config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .addModule(new SimpleModule("ordo-input-rules").setDeserializerModifier(new Checks()))
                .build();
    }

    /** Puts a check behind the deserializer of every String and every bounded date type. */
    private static final class Checks extends ValueDeserializerModifier {
        @Override
        public ValueDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription.Supplier beanDescRef, ValueDeserializer<?> deserializer) {
            Class<?> type = beanDescRef.getBeanClass();
            if (type == String.class || InputRules.isBoundedDateType(type)) {
                return new Checked(deserializer, type);
            }
            return deserializer;
        }
    }

    private static final class Checked extends DelegatingDeserializer {
        private final Class<?> type;

        Checked(ValueDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
            return new Checked(newDelegatee, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            return check(parser, super.deserialize(parser, context));
        }

        private Object check(JsonParser parser, Object value) {
            if (value instanceof String text) {
                String problem = InputRules.textProblem(text);
                if (problem != null) {
                    throw new InputRuleViolation(parser, problem, type);
                }
            } else if (!InputRules.isWithinYears(value)) {
                throw new InputRuleViolation(parser, InputRules.DATE_RULE, type);
            }
            return value;
        }
    }
}
