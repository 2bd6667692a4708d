package dev.ordo.tasks.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PositionsTest {

    @Test
    void a_new_item_goes_after_the_last_until_the_end_of_the_range_and_then_after_the_renumbered_siblings() {
        assertThat(Positions.after(0)).hasValue(1);
        assertThat(Positions.after(Positions.MAX - 1)).hasValue(Positions.MAX);
        assertThat(Positions.after(Positions.MAX)).isEmpty();
        assertThat(Positions.after(Long.MAX_VALUE))
                .as("a row written before the range existed")
                .isEmpty();
        assertThat(Positions.afterRenumbered(3)).isEqualTo(4 * Positions.GAP);
    }

    @Test
    void the_range_ends_where_javascript_stops_counting_exactly() {
        assertThat(Positions.MAX).isEqualTo((1L << 53) - 1);
    }
}
