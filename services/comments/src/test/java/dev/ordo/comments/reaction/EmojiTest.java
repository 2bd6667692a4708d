package dev.ordo.comments.reaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.platform.problems.InvalidInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmojiTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "👍", // one code point
                "👍🏽", // with a skin tone
                "❤️", // text-style heart with the emoji variation selector
                "🇫🇷", // a flag: two regional indicators
                "1️⃣", // a keycap
                "👨‍👩‍👧‍👦", // a family joined by zero-width joiners (11 chars)
                "🏳️‍🌈", // a ZWJ sequence with a variation selector
                "🏴󠁧󠁢󠁳󠁣󠁴󠁿" // a subdivision flag with tag characters (14 chars)
            })
    void one_emoji_is_a_reaction(String text) {
        assertThat(Emoji.of(text).text()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "a",
                "ok",
                "1",
                "#",
                "*",
                " ",
                "👍👍",
                "👍 ",
                "a👍",
                "👍a",
                "🇫",
                "\u200D",
                "👨‍👩‍👧‍👦👨‍👩‍👧‍👦",
                "<script>",
                "\u00A9\u00A9"
            })
    void anything_else_is_refused_as_invalid_emoji(String text) {
        assertThatThrownBy(() -> Emoji.of(text))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problem()).isEqualTo("invalid-emoji"));
    }

    @org.junit.jupiter.api.Test
    void nothing_is_refused_as_invalid_emoji_too() {
        assertThat(Emoji.valid(null)).isFalse();
    }
}
