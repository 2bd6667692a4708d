package dev.ordo.comments.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MentionsTest {

    private static final UUID BO = UUID.fromString("5a6b1c2d-0000-4000-8000-000000000001");
    private static final UUID CY = UUID.fromString("5a6b1c2d-0000-4000-8000-000000000002");

    @Test
    void each_user_is_mentioned_once_in_order_of_first_mention() {
        Mentions m =
                Mentions.in("@[Cy](user:" + CY + ") ask @[Bo B.](user:" + BO + "), then @[Cy again](user:" + CY + ")");
        assertThat(m.users()).containsExactly(CY, BO);
        assertThat(m.all()).containsExactly(new Mention(CY, "Cy"), new Mention(BO, "Bo B."));
    }

    @Test
    void ids_in_upper_case_are_the_same_users() {
        assertThat(Mentions.in("@[Bo](user:" + BO.toString().toUpperCase() + ")")
                        .users())
                .containsExactly(BO);
    }

    @Test
    void what_only_looks_like_a_mention_is_text() {
        assertThat(Mentions.in("[Bo](user:" + BO + ") without the at sign").users())
                .isEmpty();
        assertThat(Mentions.in("@[Bo](user:not-a-uuid)").users()).isEmpty();
        assertThat(Mentions.in("@[Bo](mailto:bo@example.com)").users()).isEmpty();
        assertThat(Mentions.in("@[](user:" + BO + ") has no name").users()).isEmpty();
        assertThat(Mentions.in("@[Bo\nB](user:" + BO + ") breaks a line").users())
                .isEmpty();
        assertThat(Mentions.in("no mentions at all").users()).isEmpty();
    }

    @Test
    void an_edit_tells_only_the_users_not_mentioned_before() {
        Mentions after = Mentions.in("@[Bo](user:" + BO + ") @[Cy](user:" + CY + ")");
        assertThat(after.newSince(List.of(BO))).containsExactly(CY);
        assertThat(after.newSince(List.of(CY, BO))).isEmpty();
    }

    @Test
    void the_name_written_is_there_for_users_not_known_yet() {
        Mentions m = Mentions.in("hi @[ Bo ](user:" + BO + ")");
        assertThat(m.displayName(BO)).isEqualTo("Bo");
        assertThat(m.displayName(CY)).isEmpty();
    }
}
