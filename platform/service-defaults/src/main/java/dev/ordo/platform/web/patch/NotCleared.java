package dev.ordo.platform.web.patch;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link Patch} member that may change but never be cleared: {@code "title": null} is a 400 naming the
 * field, leaving it out is fine. Unlike {@code @NotNull} (which validates the same), the OpenAPI document does
 * not mark the member required — a merge patch requires nothing — only not nullable.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotClearedValidator.class)
public @interface NotCleared {

    String message() default "cannot be cleared (null); leave it out to keep it";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
