package dev.ordo.notifications.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class UnsubscribeTokensTest {

    private final UnsubscribeTokens tokens = new UnsubscribeTokens(new EmailProperties("http://x", "secret", "a@b"));
    private final UUID ada = UUID.randomUUID();

    @Test
    void a_token_names_the_user_and_type_it_was_signed_for() {
        assertThat(tokens.verify(tokens.sign(ada, "comment.added")))
                .contains(new UnsubscribeTokens.Unsubscribe(ada, "comment.added"));
    }

    @Test
    void a_token_changed_signed_with_another_secret_or_naming_an_unknown_type_is_refused() {
        String token = tokens.sign(ada, "comment.added");
        String otherUser = tokens.sign(UUID.randomUUID(), "comment.added");
        String swapped = otherUser.substring(0, otherUser.indexOf('.')) + token.substring(token.indexOf('.'));
        UnsubscribeTokens other = new UnsubscribeTokens(new EmailProperties("http://x", "other", "a@b"));

        assertThat(tokens.verify(swapped)).isEmpty();
        assertThat(tokens.verify(other.sign(ada, "comment.added"))).isEmpty();
        assertThat(tokens.verify(tokens.sign(ada, "task.exploded"))).isEmpty();
        assertThat(tokens.verify("not a token")).isEmpty();
        assertThat(tokens.verify(token + ".x")).isEmpty();
    }
}
