package dev.ordo.platform.web.patch;

import jakarta.validation.valueextraction.ExtractedValue;
import jakarta.validation.valueextraction.UnwrapByDefault;
import jakarta.validation.valueextraction.ValueExtractor;

/**
 * Lets Bean Validation see through a {@link Patch}: constraints on a {@code Patch} component apply to the
 * value sent; a cleared member is checked as {@code null} (so {@code @NotNull} forbids clearing); a left-out
 * member is not checked at all. Registered through {@code META-INF/services}.
 */
@UnwrapByDefault
public final class PatchValueExtractor implements ValueExtractor<Patch<@ExtractedValue ?>> {

    @Override
    public void extractValues(Patch<?> patch, ValueReceiver receiver) {
        switch (patch) {
            case Patch.Absent<?> unchanged -> {}
            case Patch.Cleared<?> cleared -> receiver.value(null, null);
            case Patch.Value<?> value -> receiver.value(null, value.value());
        }
    }
}
