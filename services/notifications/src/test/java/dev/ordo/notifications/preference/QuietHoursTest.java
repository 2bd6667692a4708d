package dev.ordo.notifications.preference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final QuietHours overnight = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));
    private final QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 30));

    @Test
    void outside_quiet_hours_a_delivery_is_due_at_once() {
        Instant now = berlin(2026, 3, 2, 21, 59);
        assertThat(overnight.deferred(now, BERLIN)).isEqualTo(now);
        assertThat(lunch.deferred(berlin(2026, 3, 2, 13, 30), BERLIN)).isEqualTo(berlin(2026, 3, 2, 13, 30));
    }

    @Test
    void overnight_quiet_hours_defer_to_the_next_morning_before_midnight_and_to_the_same_morning_after() {
        assertThat(overnight.deferred(berlin(2026, 3, 2, 22, 0), BERLIN)).isEqualTo(berlin(2026, 3, 3, 7, 0));
        assertThat(overnight.deferred(berlin(2026, 3, 3, 2, 15), BERLIN)).isEqualTo(berlin(2026, 3, 3, 7, 0));
    }

    @Test
    void quiet_hours_within_a_day_defer_to_their_end_that_day() {
        assertThat(lunch.deferred(berlin(2026, 3, 2, 12, 45), BERLIN)).isEqualTo(berlin(2026, 3, 2, 13, 30));
    }

    @Test
    void the_end_is_in_the_users_zone_across_a_change_of_clocks() {
        // the night Berlin moves to summer time (29 March 2026, 02:00 → 03:00): 07:00 is 05:00 UTC, not 06:00
        assertThat(overnight.deferred(berlin(2026, 3, 28, 23, 0), BERLIN))
                .isEqualTo(Instant.parse("2026-03-29T05:00:00Z"));
    }

    private static Instant berlin(int y, int m, int d, int h, int min) {
        return ZonedDateTime.of(y, m, d, h, min, 0, 0, BERLIN).toInstant();
    }
}
