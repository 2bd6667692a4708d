package dev.ordo.tasks.quickadd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Recurrence, deadline, duration and unknown projects in quick add. "Now" is Wednesday 2026-12-02 10:00 in Berlin. */
class QuickAddRecurringTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant NOW =
            ZonedDateTime.of(2026, 12, 2, 10, 0, 0, 0, BERLIN).toInstant();

    static QuickAddParse parse(String text) {
        return QuickAddParser.parse(
                text, BERLIN, NOW, name -> Set.of("work", "home").contains(name.toLowerCase()));
    }

    @Test
    void the_issue_examples_recur() {
        QuickAddParse rent = parse("Pay rent every month on the 1st");
        assertThat(rent.title()).isEqualTo("Pay rent");
        assertThat(rent.due().recurrence()).isEqualTo("DTSTART;VALUE=DATE:20270101\nRRULE:FREQ=MONTHLY;BYMONTHDAY=1");
        assertThat(rent.due().date()).isEqualTo(LocalDate.parse("2027-01-01"));
        assertThat(rent.due().string()).isEqualTo("every month on the 1st");
        assertThat(rent.tokens()).extracting(QuickAddToken::kind).containsExactly("recurrence");

        QuickAddParse gym = parse("Gym every mon, wed, fri at 7am #Work");
        assertThat(gym.title()).isEqualTo("Gym");
        assertThat(gym.projectName()).isEqualTo("Work");
        assertThat(gym.due().recurrence()).endsWith("RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR");
        assertThat(gym.due().datetime())
                .isEqualTo(ZonedDateTime.of(2026, 12, 4, 7, 0, 0, 0, BERLIN).toInstant());
        assertThat(gym.tokens())
                .extracting(t -> t.kind() + ":" + t.text())
                .containsExactly("recurrence:every mon, wed, fri at 7am", "project:#Work");
    }

    @Test
    void a_time_or_date_beside_the_recurrence_joins_it() {
        QuickAddParse p = parse("Standup at 9:30 every weekday");
        assertThat(p.title()).isEqualTo("Standup");
        assertThat(p.due().datetime())
                .isEqualTo(ZonedDateTime.of(2026, 12, 3, 9, 30, 0, 0, BERLIN).toInstant());
        QuickAddParse q = parse("Review every! 2 weeks");
        assertThat(q.due().fromCompletion()).isTrue();
        assertThat(q.due().string()).isEqualTo("every! 2 weeks");
    }

    @Test
    void every_in_a_title_that_is_no_recurrence_stays_title() {
        QuickAddParse p = parse("Read every book tomorrow");
        assertThat(p.title()).isEqualTo("Read every book");
        assertThat(p.due().recurring()).isFalse();
    }

    @ParameterizedTest(name = "[{0}] takes {1} {2}")
    @CsvSource({
        "Call for 45 min, 45, minute, for 45 min",
        "Call for 45min, 45, minute, for 45min",
        "Fly for 2h, 120, minute, for 2h",
        "Fly for 2 hours, 120, minute, for 2 hours",
        "Trip for 3 days, 3, day, for 3 days",
        "Nap for 20 m, 20, minute, for 20 m",
    })
    void for_a_while_is_the_duration(String text, int amount, String unit, String token) {
        QuickAddParse p = parse(text);
        assertThat(p.duration()).isEqualTo(new QuickAddParse.Length(amount, unit));
        assertThat(p.tokens()).extracting(QuickAddToken::kind).containsExactly("duration");
        assertThat(p.tokens().getFirst().text()).isEqualTo(token);
    }

    @Test
    void a_date_in_braces_is_the_deadline() {
        QuickAddParse p = parse("File taxes {Dec 20} tomorrow for 2h p1");
        assertThat(p.title()).isEqualTo("File taxes");
        assertThat(p.deadline()).isEqualTo(LocalDate.parse("2026-12-20"));
        assertThat(p.due().date()).isEqualTo(LocalDate.parse("2026-12-03"));
        assertThat(p.tokens())
                .extracting(t -> t.kind() + ":" + t.text())
                .containsExactly("deadline:{Dec 20}", "date:tomorrow", "duration:for 2h", "priority:p1");
        assertThat(parse("Essay {2027-01-15}").deadline()).isEqualTo(LocalDate.parse("2027-01-15"));
    }

    @Test
    void braces_without_a_date_are_refused_and_a_huge_duration_too() {
        assertThatThrownBy(() -> parse("Essay {someday}")).isInstanceOf(QuickAddSyntaxException.class);
        assertThatThrownBy(() -> parse("Essay for 999999 min")).isInstanceOf(QuickAddSyntaxException.class);
    }

    @Test
    void an_unknown_project_stays_in_the_title_and_is_marked() {
        QuickAddParse p = parse("Water the roses tomorrow 7pm #Garden");
        assertThat(p.title()).isEqualTo("Water the roses #Garden");
        assertThat(p.projectName()).isNull();
        assertThat(p.unknownProjectName()).isEqualTo("Garden");
        assertThat(p.due().datetime())
                .isEqualTo(ZonedDateTime.of(2026, 12, 3, 19, 0, 0, 0, BERLIN).toInstant());
        assertThat(p.tokens())
                .extracting(t -> t.kind() + ":" + t.text())
                .containsExactly("date:tomorrow", "time:7pm", "unknown-project:#Garden");

        QuickAddParse known = parse("Mow #home");
        assertThat(known.projectName()).isEqualTo("home");
        assertThat(known.unknownProjectName()).isNull();
        assertThat(known.title()).isEqualTo("Mow");
    }
}
