package dev.ordo.identity.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DirectoryQueryTest {

    @Test
    void emails_are_normalised_as_registration_stores_them() {
        assertThat(DirectoryQuery.emails(List.of(" Ann@Example.TEST\t", "bob@example.test")))
                .containsExactly("ann@example.test", "bob@example.test");
    }

    @Test
    void only_canonical_uuids_are_ids() {
        UUID id = UUID.randomUUID();

        assertThat(DirectoryQuery.ids(List.of(id.toString(), id.toString().toUpperCase())))
                .containsExactly(id, id);
        for (String malformed :
                List.of("1-2-3-4-5", id + " ", "{" + id + "}", id.toString().replace("-", ""))) {
            assertThatThrownBy(() -> DirectoryQuery.ids(List.of(malformed)))
                    .isInstanceOfSatisfying(
                            StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
        }
    }

    @Test
    void at_most_a_hundred_entries_are_asked_for_at_once() {
        assertThat(DirectoryQuery.emails(Collections.nCopies(100, "a@b.test"))).hasSize(100);
        assertThatThrownBy(() -> DirectoryQuery.emails(Collections.nCopies(101, "a@b.test")))
                .isInstanceOf(StatusRuntimeException.class)
                .hasMessageContaining("At most 100 emails per call, not 101.");
        assertThatThrownBy(() -> DirectoryQuery.ids(
                        Collections.nCopies(101, UUID.randomUUID().toString())))
                .isInstanceOf(StatusRuntimeException.class)
                .hasMessageContaining("INVALID_ARGUMENT");
    }
}
