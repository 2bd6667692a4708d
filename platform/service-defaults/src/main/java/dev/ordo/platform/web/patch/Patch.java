package dev.ordo.platform.web.patch;

import java.util.Objects;
import java.util.function.Function;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One member of a JSON Merge Patch (RFC 7396): left out, {@code null}, or a value. A PATCH body is a record
 * of {@code Patch} components, one per field that may change; what the client left out stays as it is,
 * {@code null} clears, a value replaces:
 *
 * <pre>{@code
 * public record ChangeProjectRequest(
 *         @NotCleared @NotBlank @Size(max = 120) Patch<String> name, // may change, never be cleared
 *         @Size(max = 16_000) Patch<String> description,            // null clears it
 *         @Valid Patch<Due> due) {}                                  // a value object: replaced whole
 *
 * project.name().orElse(current.name())                              // applying it
 * switch (request.due()) {                                           // or telling the three apart
 *     case Patch.Absent<Due> unchanged -> ...
 *     case Patch.Cleared<Due> cleared -> ...
 *     case Patch.Value<Due>(Due due) -> ...
 * }
 * }</pre>
 *
 * <ul>
 *   <li>Reading: a member's value is read as {@code T} by the strict request JSON rules, so a value of the
 *       wrong type is a 400 problem naming the field; an unknown member is a 400 too.</li>
 *   <li>Validation: constraints on a {@code Patch} component apply to its value ({@code @Size},
 *       {@code @Valid} cascade); a left-out member is not validated; {@link NotCleared} says the field may
 *       change but not be cleared ({@code "name": null} is a 400; {@code @NotNull} validates the same but
 *       makes OpenAPI call the member required).</li>
 *   <li>Objects: RFC 7396 merges nested objects member by member. A component that is itself a record of
 *       {@code Patch}es gets exactly that; a component that is a value object ({@code Patch<Due>}) is
 *       replaced whole, as its parts only make sense together.</li>
 *   <li>The body may be sent as {@code application/merge-patch+json} or {@code application/json}.</li>
 *   <li>The OpenAPI document shows a {@code Patch<T>} as {@code T}, nullable unless {@link NotCleared}.</li>
 * </ul>
 */
@JsonDeserialize(using = PatchDeserializer.class)
public sealed interface Patch<T> permits Patch.Absent, Patch.Cleared, Patch.Value {

    /** The member was left out: the field stays as it is. */
    record Absent<T>() implements Patch<T> {}

    /** The member was {@code null}: the field is cleared. */
    record Cleared<T>() implements Patch<T> {}

    /** The member had a value: the field becomes it. */
    record Value<T>(T value) implements Patch<T> {
        public Value {
            Objects.requireNonNull(value, "a Patch.Value has a value; null is Patch.cleared()");
        }
    }

    static <T> Patch<T> absent() {
        return new Absent<>();
    }

    static <T> Patch<T> cleared() {
        return new Cleared<>();
    }

    /** {@code value}, or {@link #cleared()} when it is {@code null}. */
    static <T> Patch<T> of(T value) {
        return value == null ? cleared() : new Value<>(value);
    }

    /** Whether the client sent this member at all (a value or {@code null}). */
    default boolean isPresent() {
        return !(this instanceof Absent);
    }

    default boolean isCleared() {
        return this instanceof Cleared;
    }

    /** The field's new value: the current one when left out, {@code null} when cleared. */
    default T orElse(T current) {
        return switch (this) {
            case Absent<T> unchanged -> current;
            case Cleared<T> cleared -> null;
            case Value<T>(T value) -> value;
        };
    }

    /** The sent value, or {@code null} when cleared or left out. */
    default T valueOrNull() {
        return this instanceof Value<T>(T value) ? value : null;
    }

    default <U> Patch<U> map(Function<? super T, ? extends U> mapper) {
        return switch (this) {
            case Absent<T> unchanged -> absent();
            case Cleared<T> cleared -> cleared();
            case Value<T>(T value) -> of(mapper.apply(value));
        };
    }
}
