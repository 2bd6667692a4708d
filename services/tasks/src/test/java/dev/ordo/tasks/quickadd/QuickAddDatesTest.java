package dev.ordo.tasks.quickadd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.tasks.query.Due;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates and times in quick add, in the user's zone. "Now" is Wednesday 2026-12-02 10:00 in Berlin. */
class QuickAddDatesTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant NOW =
            ZonedDateTime.of(2026, 12, 2, 10, 0, 0, 0, BERLIN).toInstant();

    static QuickAddParse parse(String text) {
        return QuickAddParser.parse(text, BERLIN, NOW);
    }

    static QuickAddParse parse(String text, String localNow, String zone) {
        ZoneId z = ZoneId.of(zone);
        return QuickAddParser.parse(
                text, z, LocalDateTime.parse(localNow).atZone(z).toInstant());
    }

    @ParameterizedTest(name = "[{0}] is due {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "Task today;             2026-12-02; today",
                "Task tomorrow;          2026-12-03; tomorrow",
                "Task friday;            2026-12-04; friday",
                "Task on fri;            2026-12-04; on fri",
                "Task next friday;       2026-12-04; next friday",
                "Task monday;            2026-12-07; monday",
                "Task on Sat;            2026-12-05; on Sat",
                "Task wednesday;         2026-12-09; wednesday",
                "Task next week;         2026-12-07; next week",
                "Task in 3 days;         2026-12-05; in 3 days",
                "Task in 1 day;          2026-12-03; in 1 day",
                "Task in a week;         2026-12-09; in a week",
                "Task in 2 weeks;        2026-12-16; in 2 weeks",
                "Task in two weeks;      2026-12-16; in two weeks",
                "Task in 3 months;       2027-03-02; in 3 months",
                "Task Dec 5;             2026-12-05; Dec 5",
                "Task dec 2;             2026-12-02; dec 2",
                "Task Dec 1;             2027-12-01; Dec 1",
                "Task December 25th;     2026-12-25; December 25th",
                "Task 5 Dec;             2026-12-05; 5 Dec",
                "Task 1st Jan;           2027-01-01; 1st Jan",
                "Task on Jan 15;         2027-01-15; on Jan 15",
                "Task Mar 3 2028;        2028-03-03; Mar 3 2028",
                "Task Feb 29;            2028-02-29; Feb 29",
                "Task 2026-12-24;        2026-12-24; 2026-12-24",
                "Task on 2025-01-01;     2025-01-01; on 2025-01-01"
            })
    void a_date_phrase_gives_a_date_only_due(String text, LocalDate date, String token) {
        QuickAddParse parse = parse(text);
        assertThat(parse.title()).isEqualTo("Task");
        assertThat(parse.due()).isEqualTo(Due.on(date));
        assertThat(parse.tokens()).containsExactly(new QuickAddToken("date", 5, text.length(), token));
    }

    @Test
    void dec_5_said_on_dec_6_is_next_year() {
        assertThat(parse("Party Dec 5", "2026-12-06T09:00", "Europe/Berlin").due())
                .isEqualTo(Due.on(LocalDate.of(2027, 12, 5)));
        assertThat(parse("Party Dec 5", "2026-12-05T23:59", "Europe/Berlin").due())
                .isEqualTo(Due.on(LocalDate.of(2026, 12, 5)));
    }

    @Test
    void a_weekday_rolls_over_into_next_week() {
        // Sunday: monday is tomorrow, sunday a week later, next week tomorrow too.
        assertThat(parse("A monday", "2026-12-06T12:00", "UTC").due().date()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(parse("A sunday", "2026-12-06T12:00", "UTC").due().date()).isEqualTo(LocalDate.of(2026, 12, 13));
        assertThat(parse("A next week", "2026-12-06T12:00", "UTC").due().date()).isEqualTo(LocalDate.of(2026, 12, 7));
        // Monday: next week is a week later.
        assertThat(parse("A next week", "2026-12-07T12:00", "UTC").due().date()).isEqualTo(LocalDate.of(2026, 12, 14));
        // Across a year end.
        assertThat(parse("A friday", "2026-12-31T12:00", "UTC").due().date()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(parse("A in 3 days", "2026-12-30T12:00", "UTC").due().date()).isEqualTo(LocalDate.of(2027, 1, 2));
    }

    @Test
    void today_is_the_users_day_not_the_servers() {
        // 2026-12-02T23:30Z is already Thursday in Tokyo.
        Instant now = Instant.parse("2026-12-02T23:30:00Z");
        assertThat(QuickAddParser.parse("X today", ZoneId.of("Asia/Tokyo"), now)
                        .due()
                        .date())
                .isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(QuickAddParser.parse("X today", ZoneId.of("America/Los_Angeles"), now)
                        .due()
                        .date())
                .isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @ParameterizedTest(name = "[{0}] is at {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "Task tomorrow 5pm;        2026-12-03T17:00; 5pm",
                "Task tomorrow 5 pm;       2026-12-03T17:00; 5 pm",
                "Task tomorrow 5:30pm;     2026-12-03T17:30; 5:30pm",
                "Task tomorrow 5:30 PM;    2026-12-03T17:30; 5:30 PM",
                "Task tomorrow 9am;        2026-12-03T09:00; 9am",
                "Task tomorrow 9 a.m.;     2026-12-03T09:00; 9 a.m.",
                "Task tomorrow 17:30;      2026-12-03T17:30; 17:30",
                "Task tomorrow 07:05;      2026-12-03T07:05; 07:05",
                "Task tomorrow 0:00;       2026-12-03T00:00; 0:00",
                "Task tomorrow at 9;       2026-12-03T09:00; at 9",
                "Task tomorrow at 21;      2026-12-03T21:00; at 21",
                "Task tomorrow at 5pm;     2026-12-03T17:00; at 5pm",
                "Task tomorrow at 17:45;   2026-12-03T17:45; at 17:45",
                "Task tomorrow 12am;       2026-12-03T00:00; 12am",
                "Task tomorrow 12pm;       2026-12-03T12:00; 12pm",
                "Task tomorrow 12:30am;    2026-12-03T00:30; 12:30am",
                "Task tomorrow 12:15pm;    2026-12-03T12:15; 12:15pm",
                "Task tomorrow noon;       2026-12-03T12:00; noon",
                "Task tomorrow at noon;    2026-12-03T12:00; at noon"
            })
    void a_time_with_a_date_is_that_wall_clock_time_in_the_users_zone(String text, LocalDateTime at, String token) {
        QuickAddParse parse = parse(text);
        assertThat(parse.title()).isEqualTo("Task");
        assertThat(parse.due()).isEqualTo(Due.at(at.atZone(BERLIN)));
        assertThat(parse.tokens()).extracting(QuickAddToken::kind).containsExactly("date", "time");
        assertThat(parse.tokens().get(1).text()).isEqualTo(token);
    }

    @Test
    void the_time_may_come_before_the_date() {
        QuickAddParse parse = parse("Dentist at 8:15am on Dec 10");
        assertThat(parse.title()).isEqualTo("Dentist");
        assertThat(parse.due()).isEqualTo(Due.at(ZonedDateTime.of(2026, 12, 10, 8, 15, 0, 0, BERLIN)));
        assertThat(parse.tokens()).extracting(QuickAddToken::text).containsExactly("at 8:15am", "on Dec 10");
    }

    @Test
    void a_time_alone_is_today_if_still_ahead_else_tomorrow() {
        assertThat(parse("Stand-up 11am").due()).isEqualTo(Due.at(ZonedDateTime.of(2026, 12, 2, 11, 0, 0, 0, BERLIN)));
        assertThat(parse("Stand-up 9am").due()).isEqualTo(Due.at(ZonedDateTime.of(2026, 12, 3, 9, 0, 0, 0, BERLIN)));
        assertThat(parse("Stand-up 10:00").due()).isEqualTo(Due.at(ZonedDateTime.of(2026, 12, 3, 10, 0, 0, 0, BERLIN)));
    }

    @Test
    void an_explicit_date_keeps_a_time_that_has_passed() {
        assertThat(parse("Stand-up today 9am").due())
                .isEqualTo(Due.at(ZonedDateTime.of(2026, 12, 2, 9, 0, 0, 0, BERLIN)));
    }

    @Test
    void in_hours_or_minutes_is_an_exact_instant_and_takes_no_other_time() {
        QuickAddParse parse = parse("Check oven in 3 hours");
        assertThat(parse.due().datetime()).isEqualTo(NOW.plusSeconds(3 * 3600));
        assertThat(parse.due().date()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(parse.tokens()).containsExactly(new QuickAddToken("date", 11, 21, "in 3 hours"));
        assertThat(parse("Tea in 30 min").due().datetime()).isEqualTo(NOW.plusSeconds(1800));
        assertThat(parse("Tea in an hour").due().datetime()).isEqualTo(NOW.plusSeconds(3600));
        QuickAddParse both = parse("Tea in 2 hours 5pm");
        assertThat(both.due().datetime()).isEqualTo(NOW.plusSeconds(7200));
        assertThat(both.title()).isEqualTo("Tea 5pm");
    }

    @Test
    void in_hours_late_at_night_lands_on_the_next_local_date() {
        QuickAddParse parse = parse("Sleep in 3 hours", "2026-12-02T23:00", "Europe/Berlin");
        assertThat(parse.due().date()).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void spring_forward_moves_a_missing_time_forward_by_the_gap() {
        // Berlin skips 02:00-03:00 on Sunday 2026-03-29.
        QuickAddParse parse = parse("Night shift tomorrow 2:30am", "2026-03-28T12:00", "Europe/Berlin");
        assertThat(parse.due().date()).isEqualTo(LocalDate.of(2026, 3, 29));
        assertThat(parse.due().datetime()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(parse.due().datetime().atZone(ZoneId.of("Europe/Berlin")).toLocalTime())
                .hasToString("03:30");
    }

    @Test
    void a_time_the_day_after_a_dst_change_is_a_wall_clock_time_not_24_hours_later() {
        QuickAddParse parse = parse("Run tomorrow 9am", "2026-03-28T09:00", "Europe/Berlin");
        assertThat(parse.due().datetime()).isEqualTo(Instant.parse("2026-03-29T07:00:00Z"));
        QuickAddParse autumn = parse("Run tomorrow 9am", "2026-10-24T09:00", "Europe/Berlin");
        assertThat(autumn.due().datetime()).isEqualTo(Instant.parse("2026-10-25T08:00:00Z"));
    }

    @Test
    void fall_back_takes_the_earlier_of_a_time_that_happens_twice() {
        // Berlin repeats 02:00-03:00 on Sunday 2026-10-25; the first 02:30 is still summer time (+02:00).
        QuickAddParse parse = parse("Night shift tomorrow 2:30am", "2026-10-24T12:00", "Europe/Berlin");
        assertThat(parse.due().datetime()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void new_york_has_its_own_dst_day() {
        // New York springs forward on 2026-03-08 at 02:00.
        QuickAddParse parse = parse("Call tomorrow 2:15am", "2026-03-07T20:00", "America/New_York");
        assertThat(parse.due().datetime()).isEqualTo(Instant.parse("2026-03-08T07:15:00Z"));
        assertThat(parse.due().timezone()).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void the_due_records_the_users_zone_only_with_a_time() {
        assertThat(parse("A tomorrow").due().timezone()).isNull();
        assertThat(parse("A tomorrow 5pm").due().timezone()).isEqualTo(BERLIN);
    }

    @Test
    void numbers_that_are_not_times_are_title() {
        QuickAddParse parse = parse("Buy 5 apples and 13pm 25:00 24:00 at home for 3");
        assertThat(parse.title()).isEqualTo("Buy 5 apples and 13pm 25:00 24:00 at home for 3");
        assertThat(parse.due()).isNull();
    }

    @Test
    void abbreviated_weekdays_need_on_or_next_so_words_like_sun_and_sat_stay_title() {
        QuickAddParse parse = parse("Sat in the sun");
        assertThat(parse.title()).isEqualTo("Sat in the sun");
        assertThat(parse.due()).isNull();
    }
}
