package dev.ordo.projects.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.platform.web.ApiException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PageQueryTest {

    @Test
    void the_limit_defaults_to_50_and_stays_between_1_and_200() {
        assertThat(PageQuery.of(null, null).limit()).isEqualTo(50);
        assertThat(PageQuery.of(null, 200).limit()).isEqualTo(200);
        assertThatThrownBy(() -> PageQuery.of(null, 0)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> PageQuery.of(null, 201)).isInstanceOf(ApiException.class);
    }

    @Test
    void a_cursor_gives_back_the_position_it_was_made_from() {
        Position position = new Position(Instant.parse("2025-01-02T03:04:05.123456Z"), UUID.randomUUID());

        assertThat(PageQuery.of(Cursor.encode(position), 10).after()).isEqualTo(position);
    }

    @Test
    void a_cursor_this_service_did_not_make_is_a_bad_request() {
        for (String garbage : List.of(
                "x",
                "!!!",
                Cursor.encode(new Position(Instant.EPOCH, UUID.randomUUID())).substring(3))) {
            assertThatThrownBy(() -> PageQuery.of(garbage, null))
                    .isInstanceOfSatisfying(
                            ApiException.class,
                            e -> assertThat(e.status().value()).isEqualTo(400));
        }
    }

    @Test
    void a_cursor_outside_the_years_1_to_9999_is_a_bad_request_not_a_database_error() {
        String far = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("+999999-01-01T00:00:00Z|" + UUID.randomUUID())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThatThrownBy(() -> PageQuery.of(far, null))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status().value()).isEqualTo(400));
    }

    @Test
    void a_page_has_a_next_cursor_only_when_more_rows_follow() {
        PageQuery query = PageQuery.of(null, 2);
        List<Position> three = List.of(
                new Position(Instant.EPOCH, UUID.randomUUID()),
                new Position(Instant.EPOCH.plusSeconds(1), UUID.randomUUID()),
                new Position(Instant.EPOCH.plusSeconds(2), UUID.randomUUID()));

        Page<Position> full = Page.of(three, query, p -> p);
        Page<Position> last = Page.of(three.subList(0, 2), query, p -> p);

        assertThat(full.items()).hasSize(2);
        assertThat(Cursor.decode(full.nextCursor())).isEqualTo(three.get(1));
        assertThat(last.nextCursor()).isNull();
    }
}
