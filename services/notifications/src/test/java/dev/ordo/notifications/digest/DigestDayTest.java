package dev.ordo.notifications.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.notifications.preference.DigestSubscription;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DigestDayTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private final DigestSubscription at8 = new DigestSubscription(UUID.randomUUID(), LocalTime.of(8, 0));
    private final DigestSubscription at2330 = new DigestSubscription(UUID.randomUUID(), LocalTime.of(23, 30));

    @Test
    void the_days_digest_is_due_from_its_time_in_the_users_zone_for_two_hours() {
        assertThat(DigestService.dueDay(at8, TOKYO, Instant.parse("2026-03-01T22:59:00Z")))
                .isEmpty(); // 07:59
        assertThat(DigestService.dueDay(at8, TOKYO, Instant.parse("2026-03-01T23:00:00Z")))
                .contains(LocalDate.of(2026, 3, 2));
        assertThat(DigestService.dueDay(at8, TOKYO, Instant.parse("2026-03-02T00:59:00Z")))
                .contains(LocalDate.of(2026, 3, 2));
        assertThat(DigestService.dueDay(at8, TOKYO, Instant.parse("2026-03-02T01:00:00Z")))
                .isEmpty(); // 10:00
    }

    @Test
    void a_late_evening_digest_made_after_midnight_is_the_previous_days() {
        assertThat(DigestService.dueDay(at2330, TOKYO, Instant.parse("2026-03-02T15:10:00Z"))) // 00:10 on the 3rd
                .contains(LocalDate.of(2026, 3, 2));
    }
}
