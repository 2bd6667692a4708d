package dev.ordo.tasks.quickadd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuickAddErrorsTest {

    static QuickAddSyntaxException failure(String text) {
        return catchThrowableOfType(
                QuickAddSyntaxException.class,
                () -> QuickAddParser.parse(text, ZoneId.of("UTC"), Instant.parse("2026-12-02T10:00:00Z")));
    }

    @ParameterizedTest(name = "[{0}] fails at {1}")
    @CsvSource(
            delimiter = ';',
            quoteCharacter = '\'',
            value = {
                "'';                        0; expected a task title at position 0",
                "'   ';                     0; expected a task title at position 0",
                "tomorrow 5pm p1 #Work;     0; expected a task title besides the date, priority, project, section, labels and assignee at position 0",
                "@home;                     0; expected a task title besides",
                "Plan #\"My Work;           6; expected a closing '\"' for the project name at position 6",
                "Plan /\"Calls;             6; expected a closing '\"' for the section name at position 6",
                "Plan #\"  \";              6; expected a project name between the quotes at position 6",
                "Party 2026-02-30;          6; no such date '2026-02-30' at position 6",
                "Party on 2026-13-01;       6; no such date 'on 2026-13-01' at position 6",
                "Party Feb 30;              6; no such date 'Feb 30' at position 6",
                "Party 31 Apr;              6; no such date '31 Apr' at position 6",
                "Party Feb 29 2027;         6; no such date 'Feb 29 2027' at position 6"
            })
    void errors_point_at_the_problem(String text, int position, String message) {
        QuickAddSyntaxException e = failure(text);
        assertThat(e).as("parsing [%s]", text).isNotNull();
        assertThat(e.getMessage()).startsWith(message);
        assertThat(e.position()).isEqualTo(position);
    }

    @Test
    void null_text_has_no_title() {
        assertThat(failure(null).position()).isZero();
    }
}
