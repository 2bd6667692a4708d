package dev.ordo.identity.user;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An IANA time zone id; {@code null} is valid (it means "unchanged"). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidTimezone.Validator.class)
public @interface ValidTimezone {

    String message() default "must be an IANA time zone id such as Europe/Berlin";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidTimezone, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Preferences.isTimezone(value);
        }
    }
}
