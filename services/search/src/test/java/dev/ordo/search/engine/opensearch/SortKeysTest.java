package dev.ordo.search.engine.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.platform.problems.InvalidInput;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch._types.FieldValue;

class SortKeysTest {

    private final String id = UUID.randomUUID().toString();

    @Test
    void a_key_reads_back_as_the_sort_values_it_was_made_from() {
        List<FieldValue> values =
                List.of(FieldValue.of(1), FieldValue.of(4.6000004), FieldValue.of(1772359200000L), FieldValue.of(id));

        List<String> key = SortKeys.key(values);

        assertThat(key).containsExactly("1", "4.6000004", "1772359200000", id);
        assertThat(SortKeys.after(key)).isEqualTo(values);
        assertThat(SortKeys.score(key)).isEqualTo(4.6000004);
    }

    @Test
    void no_key_is_the_first_page() {
        assertThat(SortKeys.after(null)).isNull();
    }

    @Test
    void a_key_it_did_not_make_is_an_invalid_cursor() {
        for (List<String> forged : List.of(
                List.of("1", "2.0", "3"),
                List.of("2", "2.0", "3", id),
                List.of("1", "NaN", "3", id),
                List.of("1", "2.0", "yesterday", id),
                List.of("1", "2.0", "3", "\"; drop"))) {
            assertThatThrownBy(() -> SortKeys.after(forged))
                    .isInstanceOfSatisfying(
                            InvalidInput.class, e -> assertThat(e.problem()).isEqualTo("invalid-cursor"));
        }
    }
}
