package dev.ordo.tasks.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.tasks.query.DateRef.Moment;
import dev.ordo.tasks.query.DateRef.WholeDay;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Dates in filters are resolved when the filter runs, in the caller's zone. */
class DateRefTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    // Wednesday 2026-12-02, 23:30 in Berlin; already Thursday 07:30 in Tokyo.
    static final Instant NOW = Instant.parse("2026-12-02T22:30:00Z");

    @Test
    void today_and_tomorrow_are_days_in_the_callers_zone() {
        assertThat(new DateRef.DaysFromToday(0).resolve(BERLIN, NOW))
                .isEqualTo(new WholeDay(LocalDate.of(2026, 12, 2)));
        assertThat(new DateRef.DaysFromToday(0).resolve(TOKYO, NOW)).isEqualTo(new WholeDay(LocalDate.of(2026, 12, 3)));
        assertThat(new DateRef.DaysFromToday(1).resolve(BERLIN, NOW))
                .isEqualTo(new WholeDay(LocalDate.of(2026, 12, 3)));
        assertThat(new DateRef.DaysFromToday(-2).resolve(BERLIN, NOW))
                .isEqualTo(new WholeDay(LocalDate.of(2026, 11, 30)));
    }

    @Test
    void hours_from_now_are_an_exact_instant_whatever_the_zone() {
        assertThat(new DateRef.HoursFromNow(24).resolve(BERLIN, NOW))
                .isEqualTo(new Moment(Instant.parse("2026-12-03T22:30:00Z")));
        assertThat(new DateRef.HoursFromNow(-2).resolve(TOKYO, NOW))
                .isEqualTo(new Moment(Instant.parse("2026-12-02T20:30:00Z")));
    }

    @Test
    void a_weekday_is_the_first_such_day_after_today() {
        assertThat(new DateRef.NextWeekday(DayOfWeek.FRIDAY).resolve(BERLIN, NOW))
                .isEqualTo(new WholeDay(LocalDate.of(2026, 12, 4)));
        assertThat(new DateRef.NextWeekday(DayOfWeek.MONDAY).resolve(BERLIN, NOW))
                .isEqualTo(new WholeDay(LocalDate.of(2026, 12, 7)));
        // Wednesday on a Wednesday is a week later.
        assertThat(new DateRef.NextWeekday(DayOfWeek.WEDNESDAY).resolve(BERLIN, NOW))
                .isEqualTo(new WholeDay(LocalDate.of(2026, 12, 9)));
        // In Tokyo it is already Thursday, so Thursday is a week later there.
        assertThat(new DateRef.NextWeekday(DayOfWeek.THURSDAY).resolve(TOKYO, NOW))
                .isEqualTo(new WholeDay(LocalDate.of(2026, 12, 10)));
    }

    @Test
    void a_month_and_day_is_its_next_occurrence_today_included() {
        assertThat(new DateRef.NextMonthDay(MonthDay.of(12, 5)).resolve(BERLIN, NOW))
                .isEqualTo(new WholeDay(LocalDate.of(2026, 12, 5)));
        assertThat(new DateRef.NextMonthDay(MonthDay.of(12, 2)).resolve(BERLIN, NOW))
                .isEqualTo(new WholeDay(LocalDate.of(2026, 12, 2)));
        assertThat(new DateRef.NextMonthDay(MonthDay.of(12, 1)).resolve(BERLIN, NOW))
                .isEqualTo(new WholeDay(LocalDate.of(2027, 12, 1)));
        assertThat(new DateRef.NextMonthDay(MonthDay.of(1, 15)).resolve(BERLIN, NOW))
                .isEqualTo(new WholeDay(LocalDate.of(2027, 1, 15)));
    }

    @Test
    void february_29_waits_for_a_leap_year() {
        assertThat(new DateRef.NextMonthDay(MonthDay.of(2, 29)).resolve(BERLIN, NOW))
                .isEqualTo(new WholeDay(LocalDate.of(2028, 2, 29)));
    }

    @Test
    void a_date_and_time_is_a_wall_clock_time_in_the_callers_zone_even_across_a_dst_change() {
        // 02:30 does not exist in Berlin on 2026-03-29: java.time moves it forward by the gap, to 03:30 CEST.
        assertThat(new DateRef.AtDateTime(LocalDateTime.of(2026, 3, 29, 2, 30)).resolve(BERLIN, NOW))
                .isEqualTo(new Moment(Instant.parse("2026-03-29T01:30:00Z")));
        assertThat(new DateRef.AtDateTime(LocalDateTime.of(2026, 3, 29, 12, 0)).resolve(BERLIN, NOW))
                .isEqualTo(new Moment(Instant.parse("2026-03-29T10:00:00Z")));
    }
}
