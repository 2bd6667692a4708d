package dev.ordo.tasks.recur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.tasks.query.Due;
import dev.ordo.tasks.quickadd.DueWordsException;
import dev.ordo.tasks.quickadd.QuickAddParser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Phrases said without a start (from "now": Thursday 2026-01-15 10:00 in Berlin), every!, the rules a client
 * gives as RRULE, and what is refused.
 */
class RecurrenceTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Instant NOW =
            ZonedDateTime.of(2026, 1, 15, 10, 0, 0, 0, BERLIN).toInstant();

    static Due due(String words) {
        return QuickAddParser.parseDue(words, BERLIN, NOW);
    }

    static List<String> first(Due due, int n) {
        return Recurrence.parse(due.recurrence(), BERLIN).first(n).stream()
                .map(Occurrence::toString)
                .toList();
    }

    @ParameterizedTest(name = "[{0}] -> {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "every day|                         FREQ=DAILY|                          2026-01-15 2026-01-16 2026-01-17",
                "every day at 9am|                  FREQ=DAILY|                          2026-01-16T09:00 2026-01-17T09:00",
                "every day at 11am|                 FREQ=DAILY|                          2026-01-15T11:00 2026-01-16T11:00",
                "every day 17:30|                   FREQ=DAILY|                          2026-01-15T17:30 2026-01-16T17:30",
                "every weekday|                     FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR|    2026-01-15 2026-01-16 2026-01-19",
                "every workday at 8:15am|           FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR|    2026-01-16T08:15 2026-01-19T08:15",
                "every weekend|                     FREQ=WEEKLY;BYDAY=SA,SU|             2026-01-17 2026-01-18 2026-01-24",
                "every other day|                   FREQ=DAILY;INTERVAL=2|               2026-01-15 2026-01-17 2026-01-19",
                "every 10 days|                     FREQ=DAILY;INTERVAL=10|              2026-01-15 2026-01-25 2026-02-04",
                "every two weeks|                   FREQ=WEEKLY;INTERVAL=2|              2026-01-15 2026-01-29 2026-02-12",
                "every 6 months|                    FREQ=MONTHLY;INTERVAL=6|             2026-01-15 2026-07-15 2027-01-15",
                "every 5 years|                     FREQ=YEARLY;INTERVAL=5|              2026-01-15 2031-01-15 2036-01-15",
                "every monday|                      FREQ=WEEKLY;BYDAY=MO|                2026-01-19 2026-01-26 2026-02-02",
                "every thursday|                    FREQ=WEEKLY;BYDAY=TH|                2026-01-15 2026-01-22 2026-01-29",
                "every mon, wed, fri|               FREQ=WEEKLY;BYDAY=MO,WE,FR|          2026-01-16 2026-01-19 2026-01-21",
                "every Fri, Mon and Wed at 7am|     FREQ=WEEKLY;BYDAY=MO,WE,FR|          2026-01-16T07:00 2026-01-19T07:00",
                "every other monday|                FREQ=WEEKLY;INTERVAL=2;BYDAY=MO|     2026-01-19 2026-02-02 2026-02-16",
                "every other monday at 9am|         FREQ=WEEKLY;INTERVAL=2;BYDAY=MO|     2026-01-19T09:00 2026-02-02T09:00",
                "every 3rd friday|                  FREQ=MONTHLY;BYDAY=3FR|              2026-01-16 2026-02-20 2026-03-20",
                "every last friday|                 FREQ=MONTHLY;BYDAY=-1FR|             2026-01-30 2026-02-27 2026-03-27",
                "every last day|                    FREQ=MONTHLY;BYMONTHDAY=-1|          2026-01-31 2026-02-28 2026-03-31 2026-04-30",
                "every 15th|                        FREQ=MONTHLY;BYMONTHDAY=15|          2026-01-15 2026-02-15 2026-03-15",
                "every 31st|                        FREQ=MONTHLY;BYMONTHDAY=31|          2026-01-31 2026-03-31 2026-05-31",
                "every month on the 1st and 15th|   FREQ=MONTHLY;BYMONTHDAY=1,15|        2026-01-15 2026-02-01 2026-02-15",
                "every 1st, 10th and 20th|          FREQ=MONTHLY;BYMONTHDAY=1,10,20|     2026-01-20 2026-02-01 2026-02-10",
                "every jan 1|                       FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1|  2027-01-01 2028-01-01",
                "every feb 29|                      FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29| 2028-02-29 2032-02-29 2036-02-29",
                "every 3 hours|                     FREQ=HOURLY;INTERVAL=3|              2026-01-15T11:00 2026-01-15T14:00",
                "every hour at 9am|                 FREQ=HOURLY|                         2026-01-15T10:00 2026-01-15T11:00",
                "every day starting tomorrow|       FREQ=DAILY|                          2026-01-16 2026-01-17",
                "every day at 9am starting today|   FREQ=DAILY|                          2026-01-15T09:00 2026-01-16T09:00",
                "every week starting jan 20|        FREQ=WEEKLY|                         2026-01-20 2026-01-27",
                "every day for 3 times|             FREQ=DAILY;COUNT=3|                  2026-01-15 2026-01-16 2026-01-17",
                "every day until jan 16|            FREQ=DAILY;UNTIL=20260116|           2026-01-15 2026-01-16",
                "every day at 9am until 2026-01-17| FREQ=DAILY;UNTIL=20260117T225959Z|   2026-01-16T09:00 2026-01-17T09:00",
                "monday every week|                 FREQ=WEEKLY|                         2026-01-19 2026-01-26",
                "at 7pm every day|                  FREQ=DAILY|                          2026-01-15T19:00 2026-01-16T19:00",
            })
    void phrases_without_a_start_count_from_now(String words, String rule, String occurrences) {
        Due due = due(words);
        List<String> expected = Arrays.asList(occurrences.split(" "));
        assertThat(Recurrence.parse(due.recurrence(), BERLIN).rule().split(";"))
                .containsExactlyInAnyOrder(rule.split(";"));
        List<String> all = first(due, expected.size() + 1);
        assertThat(all.subList(0, expected.size())).isEqualTo(expected);
        if (rule.contains("COUNT") || rule.contains("UNTIL")) {
            assertThat(all).hasSize(expected.size());
        }
        assertThat(due.fromCompletion()).isFalse();
        assertThat(due.string()).isEqualTo(words);
    }

    @Test
    void every_bang_counts_from_completion() {
        Due due = due("every! 3 days");
        assertThat(due.fromCompletion()).isTrue();
        Recurrence r = Recurrence.parse(due.recurrence(), BERLIN);
        // completed on Jan 20: the next is three days after that, whatever the old phase
        Occurrence completedOn = new Occurrence(LocalDate.parse("2026-01-20"), null);
        assertThat(r.from(completedOn).after(completedOn))
                .hasValue(new Occurrence(LocalDate.parse("2026-01-23"), null));
    }

    @Test
    void every_day_at_nine_keeps_nine_oclock_across_both_dst_changes_in_new_york() {
        Recurrence r = Recurrence.of("FREQ=DAILY", LocalDate.parse("2026-03-07"), LocalTime.of(9, 0), NEW_YORK);
        assertThat(r.first(3).stream().map(o -> o.at(NEW_YORK).toInstant().toString()))
                .containsExactly("2026-03-07T14:00:00Z", "2026-03-08T13:00:00Z", "2026-03-09T13:00:00Z");
        Occurrence saturday = new Occurrence(LocalDate.parse("2026-10-31"), LocalTime.of(9, 0));
        assertThat(r.after(saturday).orElseThrow().at(NEW_YORK).toInstant()).hasToString("2026-11-01T14:00:00Z");
    }

    @Test
    void the_next_occurrence_of_the_last_day_after_the_31st_of_january_is_the_end_of_february_even_in_a_leap_year() {
        Recurrence r = Recurrence.of("FREQ=MONTHLY;BYMONTHDAY=-1", LocalDate.parse("2028-01-31"), null, BERLIN);
        assertThat(r.after(r.start()).orElseThrow().date()).isEqualTo(LocalDate.parse("2028-02-29"));
        assertThat(r.after(new Occurrence(LocalDate.parse("2028-02-29"), null))
                        .orElseThrow()
                        .date())
                .isEqualTo(LocalDate.parse("2028-03-31"));
    }

    @Test
    void a_start_the_rule_does_not_match_moves_to_its_first_occurrence() {
        // 2026-12-01 is a Tuesday
        Recurrence r = Recurrence.of("FREQ=WEEKLY;BYDAY=MO", LocalDate.parse("2026-12-01"), LocalTime.of(9, 0), BERLIN);
        assertThat(r.text()).isEqualTo("DTSTART;TZID=Europe/Berlin:20261207T090000\nRRULE:FREQ=WEEKLY;BYDAY=MO");
        Recurrence allDay = Recurrence.of("RRULE:FREQ=DAILY;COUNT=2", LocalDate.parse("2026-12-01"), null, BERLIN);
        assertThat(allDay.text()).isEqualTo("DTSTART;VALUE=DATE:20261201\nRRULE:FREQ=DAILY;COUNT=2");
        assertThat(allDay.after(new Occurrence(LocalDate.parse("2026-12-02"), null)))
                .isEmpty();
    }

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "FREQ=WEEKLY;BYDAY=XX|                invalid-recurrence",
                "bananas|                             invalid-recurrence",
                "FREQ=DAILY\\nRRULE:FREQ=WEEKLY|       invalid-recurrence",
                "FREQ=MINUTELY|                       invalid-recurrence",
                "FREQ=SECONDLY|                       invalid-recurrence",
                "FREQ=DAILY;UNTIL=20200101|           invalid-recurrence",
                "FREQ=DAILY;UNTIL=20261130T000000Z|   invalid-recurrence",
                "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30| invalid-recurrence",
                "FREQ=DAILY;COUNT=0|                  invalid-recurrence",
                "FREQ=DAILY;INTERVAL=100000|          invalid-recurrence",
                "FREQ=DAILY;COUNT=1001|               too-many-occurrences",
                "FREQ=HOURLY;COUNT=10000|             too-many-occurrences",
            })
    void a_rule_that_cannot_be_is_refused(String rule, String problem) {
        assertThatThrownBy(() -> Recurrence.of(
                        rule.replace("\\n", "\n"), LocalDate.parse("2026-12-01"), LocalTime.of(9, 0), BERLIN))
                .isInstanceOfSatisfying(
                        RecurrenceException.class, e -> assertThat(e.name()).isEqualTo(problem));
    }

    @Test
    void an_hourly_rule_needs_a_time() {
        assertThatThrownBy(() -> Recurrence.of("FREQ=HOURLY", LocalDate.parse("2026-12-01"), null, BERLIN))
                .isInstanceOf(RecurrenceException.class);
    }

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "every day for 1001 times|           too-many-occurrences",
                "every 3 hours for 10000 times|      too-many-occurrences",
                "every day until 2025-01-01|         invalid-recurrence",
                "every day starting 2027-01-01 until 2026-12-31| invalid-recurrence",
                "every! day for 3 times|             invalid-recurrence",
            })
    void words_asking_for_what_cannot_be_are_refused(String words, String problem) {
        assertThatThrownBy(() -> due(words))
                .isInstanceOfSatisfying(
                        RecurrenceException.class, e -> assertThat(e.name()).isEqualTo(problem));
    }

    @ParameterizedTest(name = "[{0}] fails at {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "every blah|          0",
                "tomorrow banana|     9",
                "every day #Work|     10",
                "every feb 30|        6",
                "''|                  0",
                "every day, soon|     11",
            })
    void words_that_are_no_due_are_refused_with_the_position(String words, int position) {
        assertThatThrownBy(() -> due(words))
                .isInstanceOfSatisfying(
                        DueWordsException.class, e -> assertThat(e.position()).isEqualTo(position));
    }

    @Test
    void a_due_in_words_without_recurrence_is_a_plain_due_with_its_words() {
        Due due = due("tomorrow 5pm");
        assertThat(due.recurring()).isFalse();
        assertThat(due.string()).isEqualTo("tomorrow 5pm");
        assertThat(due.datetime())
                .isEqualTo(ZonedDateTime.of(2026, 1, 16, 17, 0, 0, 0, BERLIN).toInstant());
    }
}
