package dev.ordo.search.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.search.engine.QueryText.Term;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTextTest {

    @Test
    void words_are_letters_and_digits_lower_cased_and_everything_else_separates_them() {
        QueryText text = QueryText.parse("Buy MILK, 2 loaves & (bread)!");

        assertThat(text.words()).containsExactly("buy", "milk", "2", "loaves", "bread");
        assertThat(text.terms()).noneMatch(Term::prefix);
    }

    @Test
    void the_last_word_being_typed_is_a_prefix() {
        assertThat(QueryText.parse("buy gro").terms().getLast()).isEqualTo(new Term(List.of("gro"), false, true));
        assertThat(QueryText.parse("buy gro ").terms().getLast().prefix()).isFalse();
        assertThat(QueryText.parse("buy gro.").terms().getLast().prefix()).isFalse();
        assertThat(QueryText.parse("buy g").terms().getLast().prefix()).isFalse();
        assertThat(QueryText.parse("buy gro").terms().getFirst().prefix()).isFalse();
    }

    @Test
    void quotes_make_a_phrase_and_an_unclosed_quote_runs_to_the_end() {
        assertThat(QueryText.parse("\"buy milk\" today ").terms())
                .containsExactly(
                        new Term(List.of("buy", "milk"), true, false), new Term(List.of("today"), false, false));
        assertThat(QueryText.parse("today \"buy milk").terms().getLast())
                .isEqualTo(new Term(List.of("buy", "milk"), true, false));
        assertThat(QueryText.parse("\"milk\"").terms()).containsExactly(new Term(List.of("milk"), false, false));
    }

    @Test
    void accents_are_kept_and_fold_removes_them() {
        assertThat(QueryText.parse("Café ").words()).containsExactly("café");
        assertThat(QueryText.fold("Café Zoë Ångström")).isEqualTo("cafe zoe angstrom");
    }

    @Test
    void text_without_a_letter_or_digit_is_empty() {
        assertThat(QueryText.parse("  \"\" ,;! ").isEmpty()).isTrue();
        assertThat(QueryText.parse("").isEmpty()).isTrue();
        assertThat(QueryText.parse(null).isEmpty()).isTrue();
    }

    @Test
    void terms_and_words_are_bounded() {
        QueryText many = QueryText.parse("w ".repeat(40));
        assertThat(many.terms()).hasSize(QueryText.MAX_TERMS);

        QueryText longWord = QueryText.parse("x".repeat(300) + " ");
        assertThat(longWord.words().getFirst()).hasSize(QueryText.MAX_WORD_LENGTH);

        assertThatThrownBy(() -> QueryText.parse("a".repeat(QueryText.MAX_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void typos_are_looked_for_in_single_words_of_four_letters_or_more() {
        assertThat(QueryText.parse("meetnig ").terms().getFirst().typoTolerant())
                .isTrue();
        assertThat(QueryText.parse("mee ").terms().getFirst().typoTolerant()).isFalse();
        assertThat(QueryText.parse("\"team meetnig\"").terms().getFirst().typoTolerant())
                .isFalse();
    }
}
