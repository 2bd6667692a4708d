package dev.ordo.platform.web.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.platform.web.input.StrictRequestJson;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class PatchTest {

    private static final JsonMapper JSON =
            StrictRequestJson.from(JsonMapper.builder().build());
    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    record Range(@NotNull Integer from, @NotNull Integer to) {}

    record Change(
            @NotCleared @Size(min = 1, max = 5) Patch<String> name,
            @NotNull Patch<String> code,
            @Size(max = 3) Patch<String> note,
            Patch<List<Integer>> numbers,
            @Valid Patch<Range> range) {}

    /** A nested merge patch: merged member by member, as RFC 7396 merges objects. */
    record Outer(Patch<Inner> inner) {}

    record Inner(Patch<String> a, Patch<String> b) {}

    @Test
    void left_out_null_and_a_value_are_three_different_things() {
        Change change = JSON.readValue(
                "{\"note\": null, \"numbers\": [1, 2], \"range\": {\"from\": 1, \"to\": 2}}", Change.class);

        assertThat(change.name()).isEqualTo(Patch.absent());
        assertThat(change.note()).isEqualTo(Patch.cleared());
        assertThat(change.numbers()).isEqualTo(Patch.of(List.of(1, 2)));
        assertThat(change.range()).isEqualTo(Patch.of(new Range(1, 2)));
    }

    @Test
    void applying_a_member_keeps_clears_or_replaces_the_current_value() {
        assertThat(Patch.<String>absent().orElse("current")).isEqualTo("current");
        assertThat(Patch.<String>cleared().orElse("current")).isNull();
        assertThat(Patch.of("new").orElse("current")).isEqualTo("new");
        assertThat(Patch.of("new").map(String::length)).isEqualTo(Patch.of(3));
        assertThat(Patch.<String>cleared().map(String::length).isCleared()).isTrue();
        assertThat(Patch.<String>absent().isPresent()).isFalse();
        assertThat(Patch.<String>cleared().isPresent()).isTrue();
        assertThat(Patch.of("x").valueOrNull()).isEqualTo("x");
        assertThat(Patch.<String>cleared().valueOrNull()).isNull();
    }

    @Test
    void a_nested_patch_merges_member_by_member() {
        Outer outer = JSON.readValue("{\"inner\": {\"b\": null}}", Outer.class);

        Inner inner = outer.inner().valueOrNull();
        assertThat(inner.a().isPresent()).isFalse();
        assertThat(inner.b().isCleared()).isTrue();
    }

    @Test
    void a_member_of_the_wrong_type_fails_naming_the_field() {
        assertThatThrownBy(() -> JSON.readValue("{\"name\": 5}", Change.class))
                .isInstanceOf(DatabindException.class)
                .satisfies(e -> assertThat(
                                ((DatabindException) e).getPath().getFirst().getPropertyName())
                        .isEqualTo("name"));
        assertThatThrownBy(() -> JSON.readValue("{\"numbers\": [1, null]}", Change.class))
                .isInstanceOf(DatabindException.class);
        assertThatThrownBy(() -> JSON.readValue("{\"other\": 1}", Change.class)).isInstanceOf(DatabindException.class);
    }

    @Test
    void constraints_apply_to_the_value_sent_and_not_null_forbids_clearing() {
        assertThat(violations("{}")).isEmpty();
        assertThat(violations("{\"name\": \"ok\", \"note\": null}")).isEmpty();
        assertThat(violations("{\"name\": null}")).containsExactly("name");
        assertThat(violations("{\"name\": \"\", \"note\": \"long!\"}")).containsExactlyInAnyOrder("name", "note");
        assertThat(violations("{\"range\": {\"from\": 1}}")).containsExactly("range.to");
        assertThat(violations("{\"code\": null}"))
                .as("@NotNull validates as @NotCleared")
                .containsExactly("code");
    }

    private static List<String> violations(String json) {
        Set<ConstraintViolation<Change>> violations = VALIDATOR.validate(JSON.readValue(json, Change.class));
        return violations.stream()
                .map(v -> v.getPropertyPath().toString().replaceAll("\\.<[^>]*>", ""))
                .toList();
    }
}
