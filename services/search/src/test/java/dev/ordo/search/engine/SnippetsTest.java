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
}
