package dev.ordo.tasks.query;

import static dev.ordo.tasks.query.FilterParser.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.tasks.query.Filter.And;
import dev.ordo.tasks.query.Filter.AssignedTo;
import dev.ordo.tasks.query.Filter.CreatedBy;
import dev.ordo.tasks.query.Filter.DueAfter;
import dev.ordo.tasks.query.Filter.DueBefore;
import dev.ordo.tasks.query.Filter.Email;
import dev.ordo.tasks.query.Filter.HasLabel;
import dev.ordo.tasks.query.Filter.HasPriority;
import dev.ordo.tasks.query.Filter.HasStatus;
import dev.ordo.tasks.query.Filter.InProject;
import dev.ordo.tasks.query.Filter.InSection;
import dev.ordo.tasks.query.Filter.Me;
import dev.ordo.tasks.query.Filter.NextDays;
import dev.ordo.tasks.query.Filter.NoDate;
import dev.ordo.tasks.query.Filter.NoLabels;
import dev.ordo.tasks.query.Filter.Not;
import dev.ordo.tasks.query.Filter.Or;
import dev.ordo.tasks.query.Filter.Others;
import dev.ordo.tasks.query.Filter.Overdue;
import dev.ordo.tasks.query.Filter.Search;
import dev.ordo.tasks.query.Filter.Today;
import dev.ordo.tasks.query.Filter.Tomorrow;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FilterParserTest {

    @Test
    void date_keywords_are_atoms() {
        assertThat(parse("today")).isEqualTo(new Today());
        assertThat(parse("tomorrow")).isEqualTo(new Tomorrow());
        assertThat(parse("overdue")).isEqualTo(new Overdue());
        assertThat(parse("no date")).isEqualTo(new NoDate());
        assertThat(parse("no due date")).isEqualTo(new NoDate());
        assertThat(parse("no labels")).isEqualTo(new NoLabels());
    }

    @Test
    void next_n_days_takes_any_count() {
        assertThat(parse("next 7 days")).isEqualTo(new NextDays(7));
        assertThat(parse("next 30 days")).isEqualTo(new NextDays(30));
        assertThat(parse("next 1 day")).isEqualTo(new NextDays(1));
    }

    @ParameterizedTest
    @CsvSource({"p1, URGENT", "p2, HIGH", "p3, MEDIUM", "p4, LOW", "P1, URGENT"})
    void priorities_are_p1_to_p4(String query, Priority priority) {
        assertThat(parse(query)).isEqualTo(new HasPriority(priority));
    }

    @Test
    void projects_sections_and_labels_take_the_name_after_their_marker() {
        assertThat(parse("#Work")).isEqualTo(new InProject("Work", false));
        assertThat(parse("##Work")).isEqualTo(new InProject("Work", true));
        assertThat(parse("/Calls")).isEqualTo(new InSection("Calls"));
        assertThat(parse("@phone")).isEqualTo(new HasLabel("phone"));
    }

    @Test
    void names_may_contain_spaces_up_to_the_next_operator_or_parenthesis() {
        assertThat(parse("#My Work & p1"))
                .isEqualTo(new And(new InProject("My Work", false), new HasPriority(Priority.URGENT)));
        assertThat(parse("(@deep work)")).isEqualTo(new HasLabel("deep work"));
        assertThat(parse("/Phone Calls|@waiting for"))
                .isEqualTo(new Or(new InSection("Phone Calls"), new HasLabel("waiting for")));
        assertThat(parse("  #  Side   Project  ")).isEqualTo(new InProject("Side   Project", false));
    }

    @Test
    void names_keep_characters_that_are_not_operators() {
        assertThat(parse("#Q1: plans, ideas!")).isEqualTo(new InProject("Q1: plans, ideas!", false));
        assertThat(parse("@ünïcode-label_2")).isEqualTo(new HasLabel("ünïcode-label_2"));
        assertThat(parse("#C#")).isEqualTo(new InProject("C#", false));
    }

    @Test
    void a_backslash_escapes_an_operator_inside_a_name() {
        assertThat(parse("#R\\&D")).isEqualTo(new InProject("R&D", false));
        assertThat(parse("#Home \\(old\\) | p1"))
                .isEqualTo(new Or(new InProject("Home (old)", false), new HasPriority(Priority.URGENT)));
        assertThat(parse("@a\\|b")).isEqualTo(new HasLabel("a|b"));
        assertThat(parse("#back\\\\slash")).isEqualTo(new InProject("back\\slash", false));
    }

    @Test
    void due_before_and_after_take_a_date() {
        assertThat(parse("due before: 2026-12-05"))
                .isEqualTo(new DueBefore(new DateRef.OnDate(LocalDate.of(2026, 12, 5))));
        assertThat(parse("due after: Dec 5")).isEqualTo(new DueAfter(new DateRef.NextMonthDay(MonthDay.of(12, 5))));
        assertThat(parse("due before: +24h")).isEqualTo(new DueBefore(new DateRef.HoursFromNow(24)));
        assertThat(parse("due after: -2d")).isEqualTo(new DueAfter(new DateRef.DaysFromToday(-2)));
        assertThat(parse("due before:friday")).isEqualTo(new DueBefore(new DateRef.NextWeekday(DayOfWeek.FRIDAY)));
        assertThat(parse("due   before :  tomorrow")).isEqualTo(new DueBefore(new DateRef.DaysFromToday(1)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "2026-12-05; 2026-12-05",
                "2026-12-05 17:30; 2026-12-05 17:30",
                "2026-12-05T08:05; 2026-12-05 08:05",
                "Dec 5; Dec 5",
                "dec 5th; Dec 5",
                "December 5; Dec 5",
                "5 Dec; Dec 5",
                "5th of Dec; UNKNOWN",
                "Dec 5 2027; 2027-12-05",
                "Dec 5, 2027; 2027-12-05",
                "5 December 2027; 2027-12-05",
                "today; today",
                "tomorrow; tomorrow",
                "yesterday; yesterday",
                "now; +0h",
                "monday; monday",
                "Fri; friday",
                "thurs; thursday",
                "+24h; +24h",
                "+3d; +3d",
                "-2d; -2d",
                "+ 2 days; +2d",
                "+1w; +7d",
                "-12 hours; -12h",
                "+0d; today"
            })
    void dates_are_written_in_many_ways(String written, String canonical) {
        if (canonical.equals("UNKNOWN")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> parse("due before: " + written))
                    .isInstanceOf(FilterSyntaxException.class);
            return;
        }
        assertThat(parse("due before: " + written).toQuery()).isEqualTo("due before: " + canonical);
    }

    @Test
    void a_date_with_a_time_is_kept_as_a_wall_clock_time() {
        assertThat(parse("due after: 2026-03-29 02:30"))
                .isEqualTo(new DueAfter(new DateRef.AtDateTime(LocalDateTime.of(2026, 3, 29, 2, 30))));
    }

    @Test
    void assigned_to_and_created_by_name_me_others_or_an_email() {
        assertThat(parse("assigned to: me")).isEqualTo(new AssignedTo(new Me()));
        assertThat(parse("assigned to: others")).isEqualTo(new AssignedTo(new Others()));
        assertThat(parse("assigned to: ada@example.com")).isEqualTo(new AssignedTo(new Email("ada@example.com")));
        assertThat(parse("created by: me")).isEqualTo(new CreatedBy(new Me()));
        assertThat(parse("created by: bob.smith+tasks@example.co.uk"))
                .isEqualTo(new CreatedBy(new Email("bob.smith+tasks@example.co.uk")));
        assertThat(parse("Assigned To:ME")).isEqualTo(new AssignedTo(new Me()));
    }

    @ParameterizedTest
    @CsvSource({
        "pending, PENDING",
        "in_progress, IN_PROGRESS",
        "in progress, IN_PROGRESS",
        "in-progress, IN_PROGRESS",
        "completed, COMPLETED",
        "cancelled, CANCELLED",
        "canceled, CANCELLED",
        "PENDING, PENDING"
    })
    void statuses_are_the_four_task_statuses(String written, String status) {
        assertThat(parse("status: " + written)).isEqualTo(new HasStatus(status));
    }

    @Test
    void search_takes_the_rest_of_the_atom_as_text() {
        assertThat(parse("search: quarterly report")).isEqualTo(new Search("quarterly report"));
        assertThat(parse("search: meeting & p1"))
                .isEqualTo(new And(new Search("meeting"), new HasPriority(Priority.URGENT)));
        assertThat(parse("search: wow!")).isEqualTo(new Search("wow!"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "TODAY",
                "Today",
                "ToMoRRoW",
                "OVERDUE",
                "No Date",
                "NEXT 7 DAYS",
                "Due Before: DEC 5",
                "DUE AFTER: +3D",
                "STATUS: Completed",
                "SEARCH: x",
                "NO LABELS",
                "Created By: Me"
            })
    void keywords_are_case_insensitive(String query) {
        assertThat(parse(query).toQuery()).isEqualTo(parse(query.toLowerCase()).toQuery());
    }

    @Test
    void not_binds_tighter_than_and_which_binds_tighter_than_or() {
        assertThat(parse("today | overdue & p1").toQuery()).isEqualTo("(today | (overdue & p1))");
        assertThat(parse("today & overdue | p1").toQuery()).isEqualTo("((today & overdue) | p1)");
        assertThat(parse("!today & p1").toQuery()).isEqualTo("(!today & p1)");
        assertThat(parse("!today | !p1 & @x").toQuery()).isEqualTo("(!today | (!p1 & @x))");
    }

    @Test
    void operators_of_one_level_group_to_the_left() {
        assertThat(parse("p1 | p2 | p3").toQuery()).isEqualTo("((p1 | p2) | p3)");
        assertThat(parse("p1 & #a & @b").toQuery()).isEqualTo("((p1 & #a) & @b)");
    }

    @Test
    void parentheses_override_precedence_and_may_nest() {
        assertThat(parse("(today | overdue) & p1").toQuery()).isEqualTo("((today | overdue) & p1)");
        assertThat(parse("!(today | overdue)").toQuery()).isEqualTo("!(today | overdue)");
        assertThat(parse("((p1))")).isEqualTo(new HasPriority(Priority.URGENT));
        assertThat(parse("(p1 | (p2 & (#a | #b)))").toQuery()).isEqualTo("(p1 | (p2 & (#a | #b)))");
        assertThat(parse("!!p1")).isEqualTo(new Not(new Not(new HasPriority(Priority.URGENT))));
    }

    @Test
    void whitespace_around_operators_is_optional() {
        assertThat(parse("today|overdue&p1")).isEqualTo(parse("  today |  overdue  &  p1  "));
        assertThat(parse("!(p1)&!p2")).isEqualTo(parse("! ( p1 ) & ! p2"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "(today | overdue) & p1",
                "##My Work & !/Calls | @phone",
                "due before: +24h & status: pending",
                "assigned to: ada@example.com | created by: me",
                "#R\\&D \\(old\\) & search: budget",
                "!(p1 | p2) & next 3 days",
                "due after: 2027-01-01 09:30 | due before: Feb 29",
                "no date & no labels"
            })
    void to_query_writes_a_filter_that_parses_back_to_itself(String query) {
        Filter filter = parse(query);
        assertThat(parse(filter.toQuery())).isEqualTo(filter);
    }

    @Test
    void a_filter_knows_whether_it_mentions_status() {
        assertThat(parse("p1 & !status: completed").mentionsStatus()).isTrue();
        assertThat(parse("overdue | today").mentionsStatus()).isTrue();
        assertThat(parse("today | #Work").mentionsStatus()).isFalse();
    }
}
