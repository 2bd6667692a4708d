package dev.ordo.calendar.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.calendar.recurrence.Rule;
import dev.ordo.platform.problems.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An event's own rules: its times, its occurrences' ends, the split of a series ("this and following"). */
class CalendarEventTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static CalendarEvent event(Temporal start, Temporal end, String rule, List<Change> changes) {
        return new CalendarEvent(
                UUID.randomUUID(),
                null,
                "Sync",
                null,
                null,
                start instanceof LocalDate,
                start,
                end,
                PARIS,
                rule == null ? null : Rule.parse(rule, "recurrence"),
                List.of("Ann@Example.com", "ann@example.com"),
                UUID.randomUUID(),
                Instant.EPOCH,
                Instant.EPOCH,
                1,
                changes);
    }

    @Test
    void an_occurrence_lasts_as_long_as_the_first_and_an_all_day_one_as_many_days() {
        CalendarEvent timed = event(
                LocalDateTime.parse("2026-10-24T23:30"), LocalDateTime.parse("2026-10-25T01:00"), "FREQ=DAILY", null);
        assertThat(timed.endOf(LocalDateTime.parse("2026-10-31T23:30"))).hasToString("2026-11-01T01:00");
        assertThat(timed.attendees()).containsExactly("ann@example.com");
        CalendarEvent days = event(LocalDate.parse("2026-12-30"), LocalDate.parse("2027-01-01"), "FREQ=YEARLY", null);
        assertThat(days.endOf(LocalDate.parse("2027-12-30"))).hasToString("2028-01-01");
    }

    @Test
    void its_times_are_checked() {
        assertThatThrownBy(() -> event(
                        LocalDateTime.parse("2026-12-01T10:00"), LocalDateTime.parse("2026-12-01T09:59"), null, null))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("before");
        assertThatThrownBy(() -> event(LocalDate.parse("2026-01-01"), LocalDate.parse("2027-01-03"), null, null))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> event(
                        LocalDateTime.parse("2026-12-01T10:00"),
                        LocalDateTime.parse("2026-12-01T11:00"),
                        "FREQ=DAILY;UNTIL=20261130",
                        null))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Times.parse("2026-12-01", false, "start")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Times.parse("+12026-12-01", true, "start")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_series_split_at_an_occurrence_keeps_the_occurrences_before_it_and_their_changes() {
        Change moved = new Change(
                LocalDateTime.parse("2026-12-08T09:00"),
                false,
                "Moved",
                null,
                null,
                LocalDateTime.parse("2026-12-09T09:00"),
                LocalDateTime.parse("2026-12-09T10:00"));
        Change cancelled = Change.cancelled(LocalDateTime.parse("2026-12-22T09:00"));
        CalendarEvent series = event(
                LocalDateTime.parse("2026-12-01T09:00"),
                LocalDateTime.parse("2026-12-01T10:00"),
                "FREQ=WEEKLY;COUNT=6",
                List.of(cancelled, moved));
        assertThat(series.changes())
                .extracting(Change::occurrence)
                .extracting(Object::toString)
                .containsExactly("2026-12-08T09:00", "2026-12-22T09:00");
        assertThat(series.changeAt(LocalDateTime.parse("2026-12-08T09:00"))).isEqualTo(moved);

        Temporal at = LocalDateTime.parse("2026-12-15T09:00");
        int before = series.series().countBefore(at);
        CalendarEvent ended = series.withRule(
                series.rule().withCount(before),
                series.changes().stream()
                        .filter(c -> c.occurrence().toString().compareTo(at.toString()) < 0)
                        .toList(),
                Instant.EPOCH);
        assertThat(ended.rule().text()).isEqualTo("FREQ=WEEKLY;COUNT=2");
        assertThat(ended.series().startsUpTo(LocalDateTime.parse("2027-12-31T00:00")))
                .extracting(Object::toString)
                .containsExactly("2026-12-01T09:00", "2026-12-08T09:00");
        assertThat(ended.changes()).containsExactly(moved);
        assertThat(ended.version()).isEqualTo(2);
        assertThat(series.rule().withCount(series.rule().count() - before).text())
                .isEqualTo("FREQ=WEEKLY;COUNT=4");
    }
}
