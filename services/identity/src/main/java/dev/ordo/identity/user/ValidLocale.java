package dev.ordo.identity.user;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A well-formed BCP 47 language tag; {@code null} is valid (it means "unchanged"). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidLocale.Validator.class)
public @interface ValidLocale {

    String message() default "must be a BCP 47 language tag such as en or de-CH";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidLocale, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Preferences.canonicalLocale(value).isPresent();
        }
    }
}
