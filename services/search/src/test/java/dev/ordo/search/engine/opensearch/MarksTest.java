package dev.ordo.search.engine.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.search.engine.Snippets;
import org.junit.jupiter.api.Test;

class MarksTest {

    private static String marked(String text) {
        return text.replace('[', Snippets.START).replace(']', Snippets.STOP);
    }

    private static String shown(String text) {
        return text.replace(Snippets.START, '[').replace(Snippets.STOP, ']');
    }

    @Test
    void the_marks_of_both_highlights_of_a_text_are_joined() {
        assertThat(shown(Marks.union(marked("[Team] meetings on Monday"), marked("Team [meetings] on Monday"))))
                .isEqualTo("[Team] [meetings] on Monday");
        assertThat(shown(Marks.union(marked("[Groceries] at the café"), marked("[Groceries] at the café"))))
                .isEqualTo("[Groceries] at the café");
        assertThat(shown(Marks.union(marked("plain"), marked("[plain]")))).isEqualTo("[plain]");
    }

    @Test
    void highlights_of_different_texts_are_not_mixed() {
        assertThat(shown(Marks.union(marked("[one] text"), marked("another [text]"))))
                .isEqualTo("[one] text");
    }
}
