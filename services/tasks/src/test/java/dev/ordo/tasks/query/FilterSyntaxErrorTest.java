package dev.ordo.tasks.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every error names the problem and points at the 0-based position where it is. */
class FilterSyntaxErrorTest {

    @ParameterizedTest(name = "[{0}] fails at {1}: {2}")
    @CsvSource(
            delimiter = ';',
            quoteCharacter = '"',
            value = {
                "\"\";                        0;  expected a filter at position 0",
                "\"   \";                     0;  expected a filter at position 0",
                "p1 &;                        4;  expected a filter after '&' at position 4",
                "\"p1 & \";                   5;  expected a filter after '&' at position 5",
                "p1 | & p2;                   5;  expected a filter after '|' at position 5 (found '&')",
                "& p1;                        0;  expected a filter at position 0 (found '&')",
                "!;                           1;  expected a filter after '!' at position 1",
                "();                          1;  expected a filter after '(' at position 1 (found ')')",
                "(p1;                         3;  expected ')' at position 3 (to close the '(' at position 0, found the end of the query)",
                "(p1 | (p2);                  10; expected ')' at position 10 (to close the '(' at position 0, found the end of the query)",
                "p1);                         2;  unexpected ')' without a matching '(' at position 2",
                "(p1) p2;                     5;  expected '&' or '|' before 'p2' at position 5",
                "p1 (p2);                     3;  expected '&' or '|' before '(' at position 3",
                "today p1;                    6;  unexpected 'p1' at position 6 (join filters with & or |)",
                "foo;                         0;  unknown filter 'foo' at position 0",
                "p1 & bar baz;                5;  unknown filter 'bar baz' at position 5",
                "p5;                          0;  unknown priority 'p5' at position 0 (use p1 to p4)",
                "p0;                          0;  unknown priority 'p0' at position 0 (use p1 to p4)",
                "#;                           1;  expected a project name after '#' at position 1",
                "\"p1 & ##  \";               7;  expected a project name after '##' at position 7",
                "/ & p1;                      1;  expected a section name after '/' at position 1",
                "@;                           1;  expected a label name after '@' at position 1",
                "due before:;                 11; expected a date after 'due before:' at position 11",
                "\"p1 & due before: \";       16; expected a date after 'due before:' at position 16",
                "due before 2026-01-01;       11; expected ':' after 'due before' at position 11",
                "due on: today;               4;  expected 'before:' or 'after:' after 'due' at position 4",
                "due after: someday;          11; unknown date 'someday' at position 11",
                "due after: 2026-02-30;       11; no such date or time '2026-02-30' at position 11",
                "due after: 2026-01-01 25:00; 11; no such date or time '2026-01-01 25:00' at position 11",
                "due after: Feb 30;           11; no such date 'Feb 30' at position 11",
                "due after: Feb 29 2027;      11; no such date 'Feb 29 2027' at position 11",
                "due after: +99999d;          11; '+99999d' is too far away at position 11 (at most 100 years)",
                "no;                          2;  expected 'date' or 'labels' after 'no' at position 2",
                "no time;                     3;  expected 'date' or 'labels' after 'no' at position 3",
                "next days;                   5;  expected a number of days after 'next' at position 5 (for example: next 7 days)",
                "next 0 days;                 5;  the number of days must be between 1 and 3660 at position 5",
                "next 7 weeks;                7;  expected 'days' after 'next 7' at position 7",
                "assigned: me;                8;  expected 'to:' after 'assigned' at position 8",
                "assigned to me;              12; expected ':' after 'assigned to' at position 12",
                "assigned to:;                12; expected 'me', 'others' or an email after 'assigned to:' at position 12",
                "assigned to: bob;            13; expected 'me', 'others' or an email after 'assigned to:' at position 13 (found 'bob')",
                "\"created by: \";            11; expected 'me', 'others' or an email after 'created by:' at position 11",
                "status: done;                8;  unknown status 'done' at position 8 (use pending, in_progress, completed or cancelled)",
                "status:;                     7;  expected a status after 'status:' at position 7",
                "search:;                     7;  expected text after 'search:' at position 7",
                "search: ...;                 8;  expected words to search for after 'search:' at position 8",
                "today:;                      5;  unexpected ':' at position 5 (join filters with & or |)",
                "#Work\\;                     6;  expected a character to escape after '\\' at position 6"
            })
    void errors_point_at_the_problem(String query, int position, String message) {
        FilterSyntaxException e = catchThrowableOfType(FilterSyntaxException.class, () -> FilterParser.parse(query));
        assertThat(e).as("parsing [%s]", query).isNotNull();
        assertThat(e.getMessage()).startsWith(message);
        assertThat(e.position()).isEqualTo(position);
    }

    @Test
    void an_unknown_filter_suggests_what_is_known() {
        FilterSyntaxException e =
                catchThrowableOfType(FilterSyntaxException.class, () -> FilterParser.parse("p1 | lunch"));
        assertThat(e.getMessage())
                .isEqualTo("unknown filter 'lunch' at position 5 (try today, overdue, no date, "
                        + "next 7 days, p1, #Project, /Section, @label, due before: <date>, assigned to: me, status: pending "
                        + "or search: <text>)");
    }

    @Test
    void a_position_inside_an_escaped_name_is_counted_in_the_original_query() {
        FilterSyntaxException e = catchThrowableOfType(
                FilterSyntaxException.class, () -> FilterParser.parse("#a\\&b & due before: \\(x\\)"));
        assertThat(e.getMessage()).startsWith("unknown date '(x)' at position 20");
        assertThat(e.position()).isEqualTo(20);
    }

    @Test
    void a_null_query_is_an_empty_one() {
        assertThat(catchThrowableOfType(FilterSyntaxException.class, () -> FilterParser.parse(null))
                        .position())
                .isZero();
    }

    @Test
    void too_long_a_query_is_refused() {
        String query = "p1 | ".repeat(200) + "p2";
        FilterSyntaxException e = catchThrowableOfType(FilterSyntaxException.class, () -> FilterParser.parse(query));
        assertThat(e.getMessage()).isEqualTo("the filter is longer than 1000 characters at position 1000");
    }

    @Test
    void nesting_is_bounded_so_a_hostile_query_cannot_exhaust_the_stack() {
        FilterSyntaxException e = catchThrowableOfType(
                FilterSyntaxException.class, () -> FilterParser.parse("(".repeat(40) + "p1" + ")".repeat(40)));
        assertThat(e.getMessage()).isEqualTo("the filter nests deeper than 32 levels at position 32");
        assertThat(catchThrowableOfType(FilterSyntaxException.class, () -> FilterParser.parse("!".repeat(500) + "p1")))
                .isNotNull();
    }
}
