package dev.ordo.tasks.recur;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.tasks.query.Due;
import dev.ordo.tasks.quickadd.QuickAddParser;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Phrase → RRULE → first occurrences, in four zones, from starts next to DST changes both ways (New York, Berlin,
 * Sydney), month ends (the 31st, the last day) and 29 February. The expectations in {@code recur/phrases.csv} come
 * from python-dateutil's rrule and zoneinfo ({@code generate_phrases.py} beside it), a second implementation of
 * RFC 5545 and of the time zones, so lib-recur and our wall-clock conversion are checked against another one.
 */
class RecurrencePhrasesTest {

    @ParameterizedTest(name = "[{1} {0}] {2} -> {3}")
    @CsvFileSource(resources = "/recur/phrases.csv", numLinesToSkip = 1)
    void a_phrase_makes_its_rule_and_occurrences(
            String zone, String now, String phrase, String rrule, String occurrences, String instants) {
        ZoneId z = ZoneId.of(zone);
        Due due = QuickAddParser.parseDue(
                phrase, z, LocalDateTime.parse(now).atZone(z).toInstant());

        Recurrence recurrence = Recurrence.parse(due.recurrence(), z);
        assertThat(parts(recurrence.rule())).isEqualTo(parts(rrule));
        List<String> expected = Arrays.asList(occurrences.split(" "));
        List<Occurrence> first = recurrence.first(expected.size() + 1);
        assertThat(first.stream().limit(expected.size()).map(Occurrence::toString))
                .containsExactlyElementsOf(expected);
        if (rrule.contains("COUNT=")) {
            assertThat(first).hasSize(expected.size());
        }
        assertThat(due.date()).isEqualTo(first.getFirst().date());
        assertThat(due.string()).isEqualTo(phrase);
        if (instants == null) {
            assertThat(due.hasTime()).isFalse();
        } else {
            List<Instant> moments =
                    Arrays.stream(instants.split(" ")).map(Instant::parse).toList();
            assertThat(first.stream().limit(moments.size()).map(o -> o.at(z).toInstant()))
                    .containsExactlyElementsOf(moments);
            assertThat(due.datetime()).isEqualTo(moments.getFirst());
            assertThat(due.timezone()).isEqualTo(z);
        }
        // what the task stores reads back the same
        assertThat(Recurrence.parse(recurrence.text(), z).first(expected.size()))
                .isEqualTo(first.subList(0, expected.size()));
    }

    private static Set<String> parts(String rule) {
        return new TreeSet<>(Arrays.asList(rule.split(";")));
    }
}
