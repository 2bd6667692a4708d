package dev.ordo.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    private static final String S = String.valueOf(Snippets.START);
    private static final String E = String.valueOf(Snippets.STOP);

    @Test
    void marks_become_mark_elements_and_everything_else_is_escaped() {
        assertThat(Snippets.render("<b>" + S + "milk" + E + "</b> & 'bread' \"x\""))
                .isEqualTo("&lt;b&gt;<mark>milk</mark>&lt;/b&gt; &amp; &#39;bread&#39; &quot;x&quot;");
    }

    @Test
    void marks_are_always_balanced() {
        assertThat(Snippets.render(S + "a" + S + "b")).isEqualTo("<mark>ab</mark>");
        assertThat(Snippets.render(E + "a")).isEqualTo("a");
    }

    @Test
    void clean_takes_the_sentinels_and_nul_out_of_indexed_text() {
        assertThat(Snippets.clean("a" + S + "b" + E + "c\0d")).isEqualTo("abcd");
        assertThat(Snippets.marked(S + "x" + E)).isTrue();
        assertThat(Snippets.marked("x")).isFalse();
    }

    @Test
    void a_long_text_is_cut_around_its_first_match_at_spaces() {
        String text = "word ".repeat(100) + S + "match" + E + " tail" + " more".repeat(100);

        String fragment = Snippets.fragment(text, 80);

        assertThat(fragment).startsWith("…word").endsWith("…").contains(S + "match" + E);
        assertThat(fragment.length()).isLessThanOrEqualTo(82);
        assertThat(Snippets.fragment("short " + S + "one" + E, 80)).isEqualTo("short " + S + "one" + E);
    }

    @Test
    void a_match_is_never_cut_in_two() {
        String text = S + "abcdefghijklmnopqrstuvwxyz" + E + " end" + " more".repeat(20);

        assertThat(Snippets.fragment(text, 20)).isEqualTo(S + "abcdefghijklmnopqrstuvwxyz" + E + "…");
    }
}
