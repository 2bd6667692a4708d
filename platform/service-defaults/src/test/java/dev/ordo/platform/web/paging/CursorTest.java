package dev.ordo.platform.web.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.platform.problems.InvalidInput;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void a_cursor_gives_back_exactly_the_parts_it_was_made_of_whatever_they_contain() {
        List<String> parts = List.of("due", "1767225600000000", "2026-03-01 10:00:00+00", "a.b|c", "", "ümlaut");

        assertThat(Cursor.decode(Cursor.of(parts).encode()).parts()).isEqualTo(parts);
    }

    @Test
    void typed_parts_read_back_as_what_they_were() {
        Instant at = Instant.parse("2026-03-01T10:00:00.123456Z");
        UUID id = UUID.randomUUID();

        Cursor cursor = Cursor.decode(Cursor.of(at, id, 42L, "text").toString());

        assertThat(cursor.instant(0)).isEqualTo(at);
        assertThat(cursor.uuid(1)).isEqualTo(id);
        assertThat(cursor.number(2)).isEqualTo(42L);
        assertThat(cursor.text(3)).isEqualTo("text");
        assertThatThrownBy(() -> cursor.text(4)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> cursor.instant(3)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Cursor.of("+10000-01-01T00:00:00Z").instant(0))
                .as("beyond the years the database holds")
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void text_that_is_no_cursor_is_an_invalid_cursor_problem() {
        assertThatThrownBy(() -> Cursor.decode("%%%"))
                .isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).problem())
                .isEqualTo("invalid-cursor");
    }

    @Test
    void a_cursor_of_another_shape_is_refused() {
        PageQuery query = PageQuery.of(Cursor.of("a", "b").encode(), 10);

        assertThatThrownBy(() -> query.after(3, c -> c)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> query.after("text", "text", "text")).isInstanceOf(InvalidInput.class);
        assertThat(query.after("text", "text")).containsExactly("a", "b");
        assertThatThrownBy(() -> query.after(2, c -> UUID.fromString(c.parts().get(0))))
                .as("whatever the reader cannot read")
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_forged_cursor_whose_parts_are_not_of_their_sql_type_is_refused_before_any_query() {
        PageQuery forged = PageQuery.of(Cursor.of("abc", "xyz").encode(), 10);
        PageQuery written = PageQuery.of(
                Cursor.of("1024", "0b9e1c1a-6a3c-4c55-9d5e-2f0e8f1d7a11").encode(), 10);

        assertThatThrownBy(() -> forged.after("bigint", "uuid")).isInstanceOf(InvalidInput.class);
        assertThat(written.after("bigint", "uuid")).hasSize(2);
        assertThat(Cursor.of("2026-03-01 10:00:00.123456+05:30").sql(0, "timestamptz"))
                .isNotNull();
        assertThat(Cursor.of("infinity").sql(0, "timestamptz")).isNotNull();
        assertThat(Cursor.of("-1.2345678901234567e-05").sql(0, "double precision"))
                .isNotNull();
        for (String[] bad : new String[][] {
            {"99999999999999999999", "bigint"},
            {"40000", "smallint"},
            {"0x1p3", "double precision"},
            {"2026-03-01T10:00:00Z", "timestamptz"},
            {"1-1-1-1-1", "uuid"},
            {"a\u0000b", "text"}
        }) {
            assertThatThrownBy(() -> Cursor.of(bad[0]).sql(0, bad[1]))
                    .as(bad[0])
                    .isInstanceOf(InvalidInput.class);
        }
    }

    @Test
    void the_limit_is_between_1_and_200_and_50_by_default() {
        assertThat(PageQuery.of(null, null).limit()).isEqualTo(50);
        assertThat(PageQuery.of(" ", 200).fetchSize()).isEqualTo(201);
        assertThat(PageQuery.of(null, null).first()).isTrue();
        assertThatThrownBy(() -> PageQuery.of(null, 0)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> PageQuery.of(null, 201)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_page_has_a_next_cursor_only_when_more_rows_came_than_it_holds() {
        PageQuery query = PageQuery.of(null, 2);

        Page<String> last = Page.of(List.of("a", "b"), query, Cursor::of);
        Page<String> more = Page.of(List.of("a", "b", "c"), query, Cursor::of);

        assertThat(last.items()).containsExactly("a", "b");
        assertThat(last.nextCursor()).isNull();
        assertThat(more.items()).containsExactly("a", "b");
        assertThat(Cursor.decode(more.nextCursor()).text(0)).isEqualTo("b");
        assertThat(more.map(String::toUpperCase).items()).containsExactly("A", "B");
    }
}
