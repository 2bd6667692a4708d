package dev.ordo.tasks.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.platform.web.ApiException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void a_cursor_gives_back_exactly_the_parts_it_was_made_of_whatever_they_contain() {
        List<String> parts = List.of("due", "1767225600000000", "2026-03-01 10:00:00+00", "a.b|c", "", "ümlaut");

        assertThat(Cursor.decode(Cursor.encode(parts))).isEqualTo(parts);
    }

    @Test
    void text_that_is_no_cursor_is_a_400() {
        assertThatThrownBy(() -> Cursor.decode("%%%"))
                .isInstanceOf(ApiException.class)
                .extracting(e -> ((ApiException) e).status().value())
                .isEqualTo(400);
    }

    @Test
    void a_cursor_of_another_shape_is_a_400() {
        PageQuery query = PageQuery.of(Cursor.encode(List.of("a", "b")), 10);

        assertThatThrownBy(() -> query.after(3)).isInstanceOf(ApiException.class);
        assertThat(query.after(2)).containsExactly("a", "b");
    }

    @Test
    void a_forged_cursor_whose_parts_are_not_of_their_sql_type_is_a_400_before_any_query() {
        PageQuery forged = PageQuery.of(Cursor.encode(List.of("abc", "xyz")), 10);
        PageQuery written = PageQuery.of(Cursor.encode(List.of("1024", "0b9e1c1a-6a3c-4c55-9d5e-2f0e8f1d7a11")), 10);

        assertThatThrownBy(() -> forged.after("bigint", "uuid")).isInstanceOf(ApiException.class);
        assertThat(written.after("bigint", "uuid")).hasSize(2);
        assertThat(Cursor.check("2026-03-01 10:00:00.123456+05:30", "timestamptz"))
                .isNotNull();
        assertThat(Cursor.check("infinity", "timestamptz")).isNotNull();
        assertThat(Cursor.check("-1.2345678901234567e-05", "double precision")).isNotNull();
        for (String[] bad : new String[][] {
            {"99999999999999999999", "bigint"},
            {"40000", "smallint"},
            {"0x1p3", "double precision"},
            {"2026-03-01T10:00:00Z", "timestamptz"},
            {"1-1-1-1-1", "uuid"},
            {"a\u0000b", "text"}
        }) {
            assertThatThrownBy(() -> Cursor.check(bad[0], bad[1])).as(bad[0]).isInstanceOf(ApiException.class);
        }
    }

    @Test
    void the_limit_is_between_1_and_200_and_50_by_default() {
        assertThat(PageQuery.of(null, null).limit()).isEqualTo(50);
        assertThat(PageQuery.of(" ", 200).fetchSize()).isEqualTo(201);
        assertThatThrownBy(() -> PageQuery.of(null, 0)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> PageQuery.of(null, 201)).isInstanceOf(ApiException.class);
    }
}
