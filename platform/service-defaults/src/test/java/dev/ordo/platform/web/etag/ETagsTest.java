package dev.ordo.platform.web.etag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.platform.problems.VersionMismatch;
import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void an_etag_is_the_quoted_version_and_if_match_reads_it_back_strong_or_weak() {
        assertThat(ETags.of(7)).isEqualTo("\"7\"");
        assertThat(ETags.version("\"7\"")).isEqualTo(7L);
        assertThat(ETags.version("W/\"7\"")).isEqualTo(7L);
        assertThat(ETags.version(" 7 ")).isEqualTo(7L);
    }

    @Test
    void no_if_match_or_a_star_asks_for_nothing() {
        assertThat(ETags.version(null)).isNull();
        assertThat(ETags.version("*")).isNull();
        assertThat(ETags.version("")).isNull();
    }

    @Test
    void a_tag_never_issued_or_a_stale_version_is_a_version_mismatch() {
        assertThatThrownBy(() -> ETags.version("\"abc\"")).isInstanceOf(VersionMismatch.class);
        assertThatThrownBy(() -> ETags.check(3L, 4)).isInstanceOf(VersionMismatch.class);
        ETags.check(null, 4);
        ETags.check(4L, 4);
    }
}
