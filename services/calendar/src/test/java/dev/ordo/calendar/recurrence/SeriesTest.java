package dev.ordo.calendar.recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.platform.problems.InvalidInput;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Series series(String start, String rule, ZoneId zone) {
        Temporal first = start.length() == 10 ? LocalDate.parse(start) : LocalDateTime.parse(start);
        return new Series(first, rule == null ? null : Rule.parse(rule, "recurrence"), zone, "recurrence");
    }

    private static List<String> starts(Series s, String from, String to) {
        Temporal a = from.length() == 10 ? LocalDate.parse(from) : LocalDateTime.parse(from);
        Temporal b = to.length() == 10 ? LocalDate.parse(to) : LocalDateTime.parse(to);
        return s.starts(a, b).stream().map(Object::toString).toList();
    }

    @Test
    void a_weekly_meeting_keeps_its_local_time_when_daylight_saving_time_ends() {
        Series s = series("2026-10-19T09:00", "FREQ=WEEKLY;COUNT=3", PARIS);
        List<Temporal> starts = s.startsUpTo(LocalDateTime.parse("2026-12-31T00:00"));
        assertThat(starts)
                .extracting(Object::toString)
                .containsExactly("2026-10-19T09:00", "2026-10-26T09:00", "2026-11-02T09:00");
        // 9:00 in Paris is 7:00 UTC in summer and 8:00 UTC in winter
        assertThat(ZonedDateTime.of((LocalDateTime) starts.get(0), PARIS)
                        .toInstant()
                        .toString())
                .isEqualTo("2026-10-19T07:00:00Z");
        assertThat(ZonedDateTime.of((LocalDateTime) starts.get(1), PARIS)
                        .toInstant()
                        .toString())
                .isEqualTo("2026-10-26T08:00:00Z");
    }

    @Test
    void a_daily_event_keeps_its_local_time_when_daylight_saving_time_begins() {
        Series s = series("2026-03-07T09:30", "FREQ=DAILY", NEW_YORK);
        assertThat(starts(s, "2026-03-07T00:00", "2026-03-09T23:59"))
                .containsExactly("2026-03-07T09:30", "2026-03-08T09:30", "2026-03-09T09:30");
        // a start in the skipped hour (2:30 on 8 March in New York) is read as the time after it
        Series skipped = series("2026-03-07T02:30", "FREQ=DAILY;COUNT=2", NEW_YORK);
        LocalDateTime second = (LocalDateTime)
                skipped.startsUpTo(LocalDateTime.parse("2026-03-09T00:00")).get(1);
        assertThat(ZonedDateTime.of(second, NEW_YORK).toLocalTime().toString()).isEqualTo("03:30");
    }

    @Test
    void the_31st_of_each_month_skips_the_months_without_one() {
        Series s = series("2026-01-31T10:00", "FREQ=MONTHLY;BYMONTHDAY=31;COUNT=4", PARIS);
        assertThat(s.startsUpTo(LocalDateTime.parse("2027-12-31T00:00")))
                .extracting(Object::toString)
                .containsExactly("2026-01-31T10:00", "2026-03-31T10:00", "2026-05-31T10:00", "2026-07-31T10:00");
        Series lastDay = series("2026-01-31", "FREQ=MONTHLY;BYMONTHDAY=-1", PARIS);
        assertThat(starts(lastDay, "2026-02-01", "2026-04-30"))
                .containsExactly("2026-02-28", "2026-03-31", "2026-04-30");
    }

    @Test
    void the_29th_of_february_comes_every_four_years() {
        Series s = series("2024-02-29", "FREQ=YEARLY", PARIS);
        assertThat(starts(s, "2025-01-01", "2028-12-31")).containsExactly("2028-02-29");
    }

    @Test
    void until_ends_the_series_and_may_not_be_before_the_start() {
        Series s = series("2026-12-01T09:00", "FREQ=DAILY;UNTIL=20261203T080000Z", PARIS);
        assertThat(starts(s, "2026-12-01T00:00", "2026-12-31T00:00"))
                .containsExactly("2026-12-01T09:00", "2026-12-02T09:00", "2026-12-03T09:00");
        Series byDate = series("2026-12-01", "FREQ=DAILY;UNTIL=20261202", PARIS);
        assertThat(starts(byDate, "2026-11-01", "2026-12-31")).containsExactly("2026-12-01", "2026-12-02");
        assertThatThrownBy(() -> series("2026-12-01T09:00", "FREQ=DAILY;UNTIL=20261130T000000Z", PARIS))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("before");
    }

    @Test
    void the_first_start_counts_even_when_the_rule_would_not_give_it() {
        // a Tuesday start of a Monday rule: the Tuesday, then three Mondays
        Series s = series("2026-12-01T09:00", "FREQ=WEEKLY;BYDAY=MO;COUNT=4", PARIS);
        assertThat(s.startsUpTo(LocalDateTime.parse("2027-01-31T00:00")))
                .extracting(Object::toString)
                .containsExactly("2026-12-01T09:00", "2026-12-07T09:00", "2026-12-14T09:00", "2026-12-21T09:00");
    }

    @Test
    void a_window_of_an_endless_series_yields_only_its_starts() {
        Series s = series("2020-01-06T08:00", "FREQ=WEEKLY;BYDAY=MO,WE,FR", PARIS);
        assertThat(starts(s, "2026-11-30T00:00", "2026-12-06T23:59"))
                .containsExactly("2026-11-30T08:00", "2026-12-02T08:00", "2026-12-04T08:00");
        assertThat(s.isStart(LocalDateTime.parse("2026-12-02T08:00"))).isTrue();
        assertThat(s.isStart(LocalDateTime.parse("2026-12-03T08:00"))).isFalse();
        assertThat(s.last()).isNull();
    }

    @Test
    void counting_before_an_occurrence_and_the_last_one() {
        Series s = series("2026-12-01T09:00", "FREQ=WEEKLY;COUNT=4", PARIS);
        assertThat(s.countBefore(LocalDateTime.parse("2026-12-15T09:00"))).isEqualTo(2);
        assertThat(s.last()).hasToString("2026-12-22T09:00");
        assertThat(s.rule().withCount(2).text()).isEqualTo("FREQ=WEEKLY;COUNT=2");
    }

    @Test
    void rules_that_cannot_be_expanded_are_refused() {
        for (String bad : List.of(
                "FREQ=WEEKLY;COUNT=10000",
                "FREQ=SOMETIMES",
                "COUNT=3",
                "FREQ=DAILY;COUNT=0",
                "FREQ=MINUTELY",
                "FREQ=DAILY;BYDAY=XX",
                "FREQ=DAILY;COUNT=2;UNTIL=20270101",
                "FREQ=DAILY;INTERVAL=x",
                "FREQ=DAILY\nDTSTART:20260101",
                "")) {
            assertThatThrownBy(() -> Rule.parse(bad, "recurrence")).as(bad).isInstanceOf(InvalidInput.class);
        }
        assertThatThrownBy(() -> series("2026-12-01T09:00", "FREQ=DAILY;UNTIL=2026", PARIS))
                .isInstanceOf(InvalidInput.class);
        assertThat(Rule.parse("RRULE:freq=weekly;count=4", "r").text()).isEqualTo("FREQ=WEEKLY;COUNT=4");
    }

    @Test
    void a_tasks_rule_is_read_from_its_dtstart_and_rrule_lines() {
        TaskRecurrence timed = TaskRecurrence.parse(
                        "DTSTART;TZID=Europe/Paris:20261201T090000\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR")
                .orElseThrow();
        assertThat(timed.zone()).isEqualTo(PARIS);
        assertThat(timed.series()
                        .starts(LocalDateTime.parse("2026-12-01T00:00"), LocalDateTime.parse("2026-12-06T00:00")))
                .extracting(Object::toString)
                .containsExactly("2026-12-01T09:00", "2026-12-02T09:00", "2026-12-04T09:00");
        TaskRecurrence dates = TaskRecurrence.parse("DTSTART;VALUE=DATE:20261215\nRRULE:FREQ=MONTHLY")
                .orElseThrow();
        assertThat(dates.series().allDay()).isTrue();
        assertThat(TaskRecurrence.parse("every monday")).isEmpty();
    }
}
