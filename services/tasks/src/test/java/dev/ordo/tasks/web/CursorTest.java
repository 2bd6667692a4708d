package dev.ordo.tasks.web;

import dev.ordo.platform.web.ApiException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorTest {

    @Test
    void a_cursor_gives_back_exactly_the_parts_it_was_made_of_whatever_they_contain() {
        List<String> parts = List.of("due", "1767225600000000", "2026-03-01 10:00:00+00", "a.b|c", "", "ümlaut");

        assertThat(Cursor.decode(Cursor.encode(parts))).isEqualTo(parts);
    }

    @Test
    void text_that_is_no_cursor_is_a_400() {
        assertThatThrownBy(() -> Cursor.decode("%%%")).isInstanceOf(ApiException.class)
                .extracting(e -> ((ApiException) e).status().value()).isEqualTo(400);
    }

    @Test
    void a_cursor_of_another_shape_is_a_400() {
        PageQuery query = PageQuery.of(Cursor.encode(List.of("a", "b")), 10);

        assertThatThrownBy(() -> query.after(3)).isInstanceOf(ApiException.class);
        assertThat(query.after(2)).containsExactly("a", "b");
    }

    @Test
    void the_limit_is_between_1_and_200_and_50_by_default() {
        assertThat(PageQuery.of(null, null).limit()).isEqualTo(50);
        assertThat(PageQuery.of(" ", 200).fetchSize()).isEqualTo(201);
        assertThatThrownBy(() -> PageQuery.of(null, 0)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> PageQuery.of(null, 201)).isInstanceOf(ApiException.class);
    }
}
