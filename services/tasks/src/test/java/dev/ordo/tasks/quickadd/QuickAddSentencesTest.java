package dev.ordo.tasks.quickadd;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole lines as people type them, in New York on Wednesday 2026-12-02 at 10:00. Columns: the line; the
 * title; the due (local date, or local date-time); priority rank; project; section; labels; assignee.
 */
class QuickAddSentencesTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Instant NOW =
            ZonedDateTime.of(2026, 12, 2, 10, 0, 0, 0, NEW_YORK).toInstant();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "Call Bob tomorrow 5pm p1 #Work /Calls @phone +ada@example.com | Call Bob | 2026-12-03T17:00 | 1 | Work | Calls | phone | ada@example.com",
                "Buy milk today @errands                           | Buy milk                   | 2026-12-02       | - | -      | -     | errands     | -",
                "Submit report by friday 17:00 p2 #Reports          | Submit report by           | 2026-12-04T17:00 | 2 | Reports| -     | -           | -",
                "Pay rent on Dec 31 @home @money                    | Pay rent                   | 2026-12-31       | - | -      | -     | home,money  | -",
                "Renew passport 2027-02-01 p3                       | Renew passport             | 2027-02-01       | 3 | -      | -     | -           | -",
                "Dentist next week at 9 #\"Health & Care\"          | Dentist                    | 2026-12-07T09:00 | - | Health & Care | - | -       | -",
                "Water the plants in 3 days                         | Water the plants           | 2026-12-05       | - | -      | -     | -           | -",
                "Quarterly review in 2 weeks p1 +boss@corp.example  | Quarterly review           | 2026-12-16       | 1 | -      | -     | -           | boss@corp.example",
                "Send C# notes to ann@example.com 12pm              | Send C# notes to ann@example.com | 2026-12-02T12:00 | - | - | -  | -           | -",
                "Email team about #launch at noon tomorrow          | Email team about           | 2026-12-03T12:00 | - | launch | -     | -           | -",
                "Standup 9:30am                                     | Standup                    | 2026-12-03T09:30 | - | -      | -     | -           | -",
                "Midnight deploy tomorrow 12am p1                   | Midnight deploy            | 2026-12-03T00:00 | 1 | -      | -     | -           | -",
                "Lunch with Sam 12pm                                | Lunch with Sam             | 2026-12-02T12:00 | - | -      | -     | -           | -",
                "Book flights 5 Jan #Travel /Planning               | Book flights               | 2027-01-05       | - | Travel | Planning | -        | -",
                "Fix bug #123 in parser                             | Fix bug #123 in parser     | -                | - | -      | -     | -           | -",
                "Read 'War & Peace' monday                          | Read 'War & Peace'         | 2026-12-07       | - | -      | -     | -           | -",
                "Gym on tue 7am @health                             | Gym                        | 2026-12-08T07:00 | - | -      | -     | health      | -",
                "Review PR p2 p4                                    | Review PR p2               | -                | 4 | -      | -     | -           | -",
                "Ship v2.0 Dec 2nd 2027 #Product                    | Ship v2.0                  | 2027-12-02       | - | Product| -     | -           | -",
                "Ask +sam@example.com, then call +ada@example.com   | Ask +sam@example.com, then call | -                | - | -      | -     | -           | ada@example.com"
            })
    void a_line_reads_as_expected(
            String line,
            String title,
            String due,
            Integer rank,
            String project,
            String section,
            String labels,
            String assignee) {
        QuickAddParse parse = QuickAddParser.parse(line, NEW_YORK, NOW);
        assertThat(parse.title()).isEqualTo(title);
        if (due == null) {
            assertThat(parse.due()).isNull();
        } else if (due.contains("T")) {
            assertThat(parse.due().datetime().atZone(NEW_YORK).toLocalDateTime())
                    .hasToString(due);
            assertThat(parse.due().date()).hasToString(due.substring(0, 10));
        } else {
            assertThat(parse.due().date()).hasToString(due);
            assertThat(parse.due().datetime()).isNull();
        }
        assertThat(parse.priority() == null ? null : parse.priority().rank()).isEqualTo(rank);
        assertThat(parse.projectName()).isEqualTo(project);
        assertThat(parse.sectionName()).isEqualTo(section);
        assertThat(parse.labels()).isEqualTo(labels == null ? List.of() : Arrays.asList(labels.split(",")));
        assertThat(parse.assigneeEmail()).isEqualTo(assignee);
        assertSpansAreConsistent(line, parse);
    }

    /** Tokens are in order, do not overlap, and each is exactly its slice of the line. */
    static void assertSpansAreConsistent(String line, QuickAddParse parse) {
        int previousEnd = 0;
        for (QuickAddToken token : parse.tokens()) {
            assertThat(token.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(token.end()).isGreaterThan(token.start());
            assertThat(line.substring(token.start(), token.end())).isEqualTo(token.text());
            previousEnd = token.end();
        }
    }
}
