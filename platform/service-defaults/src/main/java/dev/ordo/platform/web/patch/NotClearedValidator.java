package dev.ordo.platform.web.patch;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Sees the value a {@link Patch} member carries (a cleared one as {@code null}); a left-out one is not checked. */
public final class NotClearedValidator implements ConstraintValidator<NotCleared, Object> {

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        return value != null;
    }
}
