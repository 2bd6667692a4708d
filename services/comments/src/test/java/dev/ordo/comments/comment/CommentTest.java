package dev.ordo.comments.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.contracts.projects.ProjectRole;
import dev.ordo.platform.problems.Forbidden;
import dev.ordo.platform.problems.InvalidInput;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CommentTest {

    private static final UUID PROJECT = UUID.randomUUID();
    private static final UUID ANN = UUID.randomUUID();
    private static final UUID BO = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-03-01T11:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-01T12:00:00Z");

    private static String mention(UUID user) {
        return "@[Someone](user:" + user + ")";
    }

    @Test
    void a_new_comment_is_trimmed_knows_whom_it_mentions_and_is_version_one() {
        Comment c = Comment.write(PROJECT, null, ANN, "  hi " + mention(BO) + "\n", T0);
        assertThat(c.text()).isEqualTo("hi " + mention(BO));
        assertThat(c.mentions()).containsExactly(BO);
        assertThat(c.version()).isEqualTo(1);
        assertThat(c.editedAt()).isNull();
    }

    @Test
    void an_edit_keeps_the_text_it_replaces_with_when_that_was_written() {
        Comment c = Comment.write(PROJECT, null, ANN, "first", T0);
        Comment.Edit first = c.edit(ANN, "second " + mention(BO), T1);
        assertThat(first.previousText()).isEqualTo("first");
        assertThat(first.previousWrittenAt()).isEqualTo(T0);
        assertThat(first.newMentions()).containsExactly(BO);
        assertThat(first.after().version()).isEqualTo(2);
        assertThat(first.after().editedAt()).isEqualTo(T1);

        Comment.Edit second = first.after().edit(ANN, "third " + mention(BO), T2);
        assertThat(second.previousWrittenAt()).isEqualTo(T1);
        assertThat(second.newMentions()).as("Bo was told already").isEmpty();
    }

    @Test
    void the_same_text_again_is_no_edit() {
        Comment c = Comment.write(PROJECT, null, ANN, "same", T0);
        assertThat(c.edit(ANN, " same ", T1)).isNull();
    }

    @Test
    void only_the_author_edits() {
        Comment c = Comment.write(PROJECT, null, ANN, "mine", T0);
        assertThatThrownBy(() -> c.edit(BO, "yours", T1)).isInstanceOf(Forbidden.class);
    }

    @Test
    void a_text_is_one_to_fifteen_thousand_characters_once_trimmed() {
        assertThatThrownBy(() -> Comment.write(PROJECT, null, ANN, " \t\n", T0)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Comment.write(PROJECT, null, ANN, null, T0)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Comment.write(PROJECT, null, ANN, "x".repeat(15_001), T0))
                .isInstanceOf(InvalidInput.class);
        assertThat(Comment.write(PROJECT, null, ANN, "😀".repeat(15_000), T0).text())
                .as("characters, not UTF-16 units")
                .hasSize(30_000);
    }

    @Test
    void the_author_while_a_writer_and_the_projects_owners_and_admins_delete() {
        Comment c = Comment.write(PROJECT, null, ANN, "mine", T0);
        c.requireMayDelete(ANN, ProjectRole.MEMBER);
        c.requireMayDelete(BO, ProjectRole.ADMIN);
        c.requireMayDelete(BO, ProjectRole.OWNER);
        assertThatThrownBy(() -> c.requireMayDelete(BO, ProjectRole.MEMBER)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> c.requireMayDelete(ANN, ProjectRole.VIEWER)).isInstanceOf(Forbidden.class);
    }

    @Test
    void a_reaction_or_a_file_raises_the_version_and_nothing_else() {
        Comment c = Comment.write(PROJECT, null, ANN, "mine", T0);
        assertThat(c.touched()).isEqualTo(new Comment(c.id(), PROJECT, null, ANN, "mine", c.mentions(), T0, null, 2));
    }
}
