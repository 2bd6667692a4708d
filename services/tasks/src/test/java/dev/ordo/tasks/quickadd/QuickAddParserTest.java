package dev.ordo.tasks.quickadd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.tasks.query.Due;
import dev.ordo.tasks.query.Priority;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quick add for someone in Berlin on Wednesday 2026-12-02 at 10:00. */
class QuickAddParserTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant NOW =
            ZonedDateTime.of(2026, 12, 2, 10, 0, 0, 0, BERLIN).toInstant();

    static QuickAddParse parse(String text) {
        return QuickAddParser.parse(text, BERLIN, NOW);
    }

    static Due at(int year, int month, int day, int hour, int minute) {
        return Due.at(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, BERLIN));
    }

    @Test
    void the_issue_example_reads_every_part_with_its_span() {
        String text = "Call Bob tomorrow 5pm p1 #Work /Calls @phone +ada@example.com";
        QuickAddParse parse = parse(text);
        assertThat(parse.title()).isEqualTo("Call Bob");
        assertThat(parse.due()).isEqualTo(at(2026, 12, 3, 17, 0));
        assertThat(parse.due().timezone()).isEqualTo(BERLIN);
        assertThat(parse.priority()).isEqualTo(Priority.URGENT);
        assertThat(parse.projectName()).isEqualTo("Work");
        assertThat(parse.sectionName()).isEqualTo("Calls");
        assertThat(parse.labels()).containsExactly("phone");
        assertThat(parse.assigneeEmail()).isEqualTo("ada@example.com");
        assertThat(parse.tokens())
                .containsExactly(
                        new QuickAddToken("date", 9, 17, "tomorrow"),
                        new QuickAddToken("time", 18, 21, "5pm"),
                        new QuickAddToken("priority", 22, 24, "p1"),
                        new QuickAddToken("project", 25, 30, "#Work"),
                        new QuickAddToken("section", 31, 37, "/Calls"),
                        new QuickAddToken("label", 38, 44, "@phone"),
                        new QuickAddToken("assignee", 45, 61, "+ada@example.com"));
        parse.tokens()
                .forEach(token ->
                        assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text()));
    }

    @Test
    void a_plain_line_is_all_title() {
        QuickAddParse parse = parse("Buy milk");
        assertThat(parse.title()).isEqualTo("Buy milk");
        assertThat(parse.due()).isNull();
        assertThat(parse.priority()).isNull();
        assertThat(parse.projectName()).isNull();
        assertThat(parse.sectionName()).isNull();
        assertThat(parse.labels()).isEmpty();
        assertThat(parse.assigneeEmail()).isNull();
        assertThat(parse.tokens()).isEmpty();
    }

    @Test
    void tokens_may_come_anywhere_and_the_title_closes_the_gaps() {
        QuickAddParse parse = parse("p2 Write   the #Blog post @writing  on friday");
        assertThat(parse.title()).isEqualTo("Write the post");
        assertThat(parse.priority()).isEqualTo(Priority.HIGH);
        assertThat(parse.projectName()).isEqualTo("Blog");
        assertThat(parse.labels()).containsExactly("writing");
        assertThat(parse.due()).isEqualTo(Due.on(LocalDate.of(2026, 12, 4)));
        assertThat(parse.tokens())
                .extracting(QuickAddToken::text)
                .containsExactly("p2", "#Blog", "@writing", "on friday");
    }

    @ParameterizedTest
    @CsvSource({"p1, URGENT", "p2, HIGH", "p3, MEDIUM", "p4, LOW", "P3, MEDIUM"})
    void priorities_are_p1_to_p4(String written, Priority priority) {
        assertThat(parse("Task " + written).priority()).isEqualTo(priority);
    }

    @Test
    void p5_and_words_starting_with_p1_are_title() {
        assertThat(parse("Fix p5 p10 p1x bug").title()).isEqualTo("Fix p5 p10 p1x bug");
        assertThat(parse("Fix p5 p10 p1x bug").priority()).isNull();
    }

    @Test
    void several_labels_are_all_kept_once_each_in_order() {
        QuickAddParse parse = parse("Pay rent @home @money @Home @bills");
        assertThat(parse.title()).isEqualTo("Pay rent");
        assertThat(parse.labels()).containsExactly("home", "money", "bills");
        assertThat(parse.tokens()).hasSize(4);
    }

    @Test
    void a_quoted_name_may_contain_spaces() {
        QuickAddParse parse = parse("Plan offsite #\"My Work\" /\"Team Events\" @\"deep work\"");
        assertThat(parse.title()).isEqualTo("Plan offsite");
        assertThat(parse.projectName()).isEqualTo("My Work");
        assertThat(parse.sectionName()).isEqualTo("Team Events");
        assertThat(parse.labels()).containsExactly("deep work");
        assertThat(parse.tokens().getFirst()).isEqualTo(new QuickAddToken("project", 13, 23, "#\"My Work\""));
    }

    @Test
    void an_unquoted_name_is_one_word() {
        QuickAddParse parse = parse("Review #My Work docs");
        assertThat(parse.projectName()).isEqualTo("My");
        assertThat(parse.title()).isEqualTo("Review Work docs");
    }

    @Test
    void markers_inside_a_word_are_title() {
        QuickAddParse parse = parse("Email bob@example.com about C# and TCP/IP tips");
        assertThat(parse.title()).isEqualTo("Email bob@example.com about C# and TCP/IP tips");
        assertThat(parse.tokens()).isEmpty();
        assertThat(parse.labels()).isEmpty();
    }

    @Test
    void a_marker_not_followed_by_a_name_is_title() {
        QuickAddParse parse = parse("Buy # of items @ 5 / 6 and #1 fan + more");
        assertThat(parse.title()).isEqualTo("Buy # of items @ 5 / 6 and #1 fan + more");
        assertThat(parse.tokens()).isEmpty();
    }

    @Test
    void a_plus_word_is_an_assignee_only_when_it_is_an_email() {
        assertThat(parse("Ask +ada@example.com").assigneeEmail()).isEqualTo("ada@example.com");
        assertThat(parse("Rate it +1").assigneeEmail()).isNull();
        assertThat(parse("Rate it +1").title()).isEqualTo("Rate it +1");
        assertThat(parse("Ask +ada").assigneeEmail()).isNull();
    }

    @Test
    void a_title_may_contain_an_email_and_still_get_an_assignee() {
        QuickAddParse parse = parse("Forward ada@example.com invoice to bob +bob@example.org");
        assertThat(parse.title()).isEqualTo("Forward ada@example.com invoice to bob");
        assertThat(parse.assigneeEmail()).isEqualTo("bob@example.org");
    }

    @Test
    void when_a_single_valued_kind_repeats_the_last_one_counts_and_the_others_stay_title() {
        QuickAddParse parse = parse("Prepare friday demo tomorrow p3 #A p1 #B");
        assertThat(parse.title()).isEqualTo("Prepare friday demo p3 #A");
        assertThat(parse.due()).isEqualTo(Due.on(LocalDate.of(2026, 12, 3)));
        assertThat(parse.priority()).isEqualTo(Priority.URGENT);
        assertThat(parse.projectName()).isEqualTo("B");
        assertThat(parse.tokens()).extracting(QuickAddToken::text).containsExactly("tomorrow", "p1", "#B");
    }

    @Test
    void a_comma_or_semicolon_after_a_token_goes_with_it() {
        QuickAddParse parse = parse("Call Bob tomorrow, then Alice; p2; #Work,");
        assertThat(parse.title()).isEqualTo("Call Bob then Alice");
        assertThat(parse.due()).isEqualTo(Due.on(LocalDate.of(2026, 12, 3)));
        assertThat(parse.projectName()).isEqualTo("Work");
        assertThat(parse.tokens()).extracting(QuickAddToken::text).containsExactly("tomorrow", "p2", "#Work");
    }

    @Test
    void words_that_only_start_like_a_date_are_title() {
        QuickAddParse parse = parse("Read today's paper about mondays in Decatur");
        assertThat(parse.title()).isEqualTo("Read today's paper about mondays in Decatur");
        assertThat(parse.due()).isNull();
    }

    @Test
    void keywords_are_case_insensitive() {
        QuickAddParse parse = parse("Ship it TOMORROW AT 9AM P2");
        assertThat(parse.title()).isEqualTo("Ship it");
        assertThat(parse.due()).isEqualTo(at(2026, 12, 3, 9, 0));
        assertThat(parse.priority()).isEqualTo(Priority.HIGH);
    }

    @Test
    void a_section_without_a_project_is_kept_for_the_caller_to_resolve() {
        QuickAddParse parse = parse("Dial in /Calls");
        assertThat(parse.sectionName()).isEqualTo("Calls");
        assertThat(parse.projectName()).isNull();
    }

    @Test
    void the_parse_is_immutable() {
        QuickAddParse parse = parse("x @a");
        assertThat(parse.labels()).isUnmodifiable();
        assertThat(parse.tokens()).isUnmodifiable();
        assertThat(List.copyOf(parse.tokens())).hasSize(1);
    }
}
