package dev.ordo.audit.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.audit.trail.Position;
import dev.ordo.platform.problems.InvalidInput;
import dev.ordo.platform.web.paging.PageQuery;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditQueryTest {

    @Test
    void aCursorLeadsBackToThePositionItWasMadeFrom() {
        Position position = new Position(Instant.parse("2025-05-06T07:08:09.123456Z"), UUID.randomUUID());

        String cursor = AuditQuery.cursorAfter(position).encode();

        assertThat(cursor).matches("[A-Za-z0-9_.-]+");
        assertThat(AuditQuery.parse(null, null, null, null, null, cursor, null).after())
                .isEqualTo(position);
    }

    @Test
    void instantsOutsideTheYears1To9999AreABadRequestInParametersAndCursors() {
        for (String far : new String[] {"+999999-01-01T00:00:00Z", "0000-12-31T23:59:59Z", "-000001-01-01T00:00:00Z"}) {
            assertThatThrownBy(() -> AuditQuery.parse(null, null, null, far, null, null, null))
                    .as(far)
                    .isInstanceOf(InvalidInput.class);
            assertThatThrownBy(() -> AuditQuery.parse(null, null, null, null, far, null, null))
                    .as(far)
                    .isInstanceOf(InvalidInput.class);
        }
        String farCursor = dev.ordo.platform.web.paging.Cursor.of("+999999-01-01T00:00:00Z", UUID.randomUUID())
                .encode();
        assertThatThrownBy(() -> AuditQuery.parse(null, null, null, null, null, farCursor, null))
                .isInstanceOf(InvalidInput.class);
        assertThat(AuditQuery.parse(null, null, null, "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", null, null)
                        .to())
                .isEqualTo(Instant.parse("9999-12-31T23:59:59Z"));
    }

    @Test
    void blankParametersCountAsAbsent() {
        AuditQuery query = AuditQuery.parse(" ", "", null, "", " ", "", "");

        assertThat(query)
                .isEqualTo(new AuditQuery(null, null, null, null, null, new PageQuery(null, AuditQuery.DEFAULT_LIMIT)));
    }

    @Test
    void anOffsetWhosePlusSignWasDecodedAsASpaceIsStillUnderstood() {
        AuditQuery query = AuditQuery.parse(null, null, null, "2025-01-01T02:00:00 02:00", null, null, "200");

        assertThat(query.from()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(query.limit()).isEqualTo(200);
    }

    @Test
    void aStartAfterTheEndIsRefused() {
        assertThatThrownBy(() ->
                        AuditQuery.parse(null, null, null, "2025-01-02T00:00:00Z", "2025-01-01T00:00:00Z", null, null))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("'from'");
    }
}
