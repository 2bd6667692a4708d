package dev.ordo.audit.query;

import dev.ordo.audit.trail.Position;
import dev.ordo.platform.web.ApiException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditQueryTest {

    @Test
    void aCursorLeadsBackToThePositionItWasMadeFrom() {
        Position position = new Position(Instant.parse("2025-05-06T07:08:09.123456Z"), UUID.randomUUID());

        String cursor = Cursor.encode(position);

        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(Cursor.decode(cursor)).isEqualTo(position);
    }

    @Test
    void blankParametersCountAsAbsent() {
        AuditQuery query = AuditQuery.parse(" ", "", null, "", " ", "", "");

        assertThat(query).isEqualTo(new AuditQuery(null, null, null, null, null, null, AuditQuery.DEFAULT_LIMIT));
    }

    @Test
    void anOffsetWhosePlusSignWasDecodedAsASpaceIsStillUnderstood() {
        AuditQuery query = AuditQuery.parse(null, null, null, "2025-01-01T02:00:00 02:00", null, null, "200");

        assertThat(query.from()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(query.limit()).isEqualTo(200);
    }

    @Test
    void aStartAfterTheEndIsRefused() {
        assertThatThrownBy(() -> AuditQuery.parse(null, null, null, "2025-01-02T00:00:00Z", "2025-01-01T00:00:00Z",
                null, null)).isInstanceOf(ApiException.class).hasMessageContaining("'from'");
    }
}
