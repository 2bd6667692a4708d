package dev.ordo.platform.web.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Set;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;
import org.springframework.format.support.DefaultFormattingConversionService;

/**
 * Query and path parameters of a date type are parsed as Spring always does ({@code @DateTimeFormat}
 * included) and then held to {@link InputRules#isWithinYears}: {@code ?from=+999999-01-01} is a 400 like
 * any value that does not convert. Registered last, so it is asked first for these types.
 */
public class BoundedDateParameters implements ConditionalGenericConverter {

    private final DefaultFormattingConversionService standard = new DefaultFormattingConversionService();

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(
                new ConvertiblePair(String.class, LocalDate.class),
                new ConvertiblePair(String.class, LocalDateTime.class),
                new ConvertiblePair(String.class, OffsetDateTime.class),
                new ConvertiblePair(String.class, ZonedDateTime.class),
                new ConvertiblePair(String.class, Instant.class));
    }

    @Override
    public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
        return true;
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        Object value = standard.convert(source, sourceType, targetType);
        if (!InputRules.isWithinYears(value)) {
            throw new IllegalArgumentException(InputRules.DATE_RULE);
        }
        return value;
    }
}
