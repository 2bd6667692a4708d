package dev.ordo.notifications.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.notifications.support.IntegrationTestBase;
import dev.ordo.notifications.support.Person;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CommentRulesIT extends IntegrationTestBase {

    @Test
    void a_mention_tells_the_mentioned_member_and_an_edit_tells_only_the_newly_mentioned() {
        Person ada = others.user("Ada");
        Person bob = others.user("Bob");
        Person cem = others.user("Cem");
        UUID project = others.project("Home", bob, ada, cem);
        UUID task = others.task(project, bob, "Paint the fence");

        UUID comment = others.comment(project, task, bob, "Can you help, " + ada.mention() + "?", ada);
        awaitNotifications(ada, "comment.mentioned", 1);
        others.editComment(comment, project, task, bob, ada.mention() + " and " + cem.mention() + "?", cem);
        awaitNotifications(cem, "comment.mentioned", 1);

        assertThat(notifications(ada, "comment.mentioned")).isEqualTo(1);
        assertThat(notifications(bob, "comment.mentioned")).isZero();
        JsonNode told = inbox(ada).getFirst();
        assertThat(told.get("text").asString()).isEqualTo("Bob mentioned you in a comment on “Paint the fence”");
        assertThat(told.get("subject").get("type").asString()).isEqualTo("comment");
        assertThat(told.get("subject").get("id").asString()).isEqualTo(comment.toString());
        assertThat(told.get("taskId").asString()).isEqualTo(task.toString());
    }

    @Test
    void a_comment_tells_the_tasks_creator_assignee_and_earlier_commenters_but_not_its_author_nor_the_mentioned() {
        Person creator = others.user("Creator");
        Person assignee = others.user("Assignee");
        Person earlier = others.user("Earlier");
        Person mentioned = others.user("Mentioned");
        Person author = others.user("Author");
        Person bystander = others.user("Bystander");
        UUID project = others.project("Home", creator, assignee, earlier, mentioned, author, bystander);
        UUID task = others.task(project, creator, "Fix the roof");
        others.assign(task, creator, assignee);
        others.comment(project, task, earlier, "First!");
        awaitNotifications(assignee, "comment.added", 1);

        others.comment(project, task, author, "Me too, " + mentioned.mention(), mentioned);
        awaitNotifications(earlier, "comment.added", 1);
        awaitNotifications(mentioned, "comment.mentioned", 1);

        assertThat(notifications(creator, "comment.added")).isEqualTo(2);
        assertThat(notifications(assignee, "comment.added")).isEqualTo(2);
        assertThat(notifications(earlier, "comment.added"))
                .as("not of their own comment")
                .isEqualTo(1);
        assertThat(notifications(mentioned, "comment.added"))
                .as("told of the mention instead")
                .isZero();
        assertThat(notifications(author, "comment.added")).isZero();
        assertThat(notifications(bystander, "comment.added")).isZero();
        assertThat(inbox(earlier).getFirst().get("text").asString()).isEqualTo("Author commented on “Fix the roof”");
    }

    @Test
    void someone_who_left_the_project_hears_nothing_more_of_it() {
        Person bob = others.user("Bob");
        Person ada = others.user("Ada");
        Person gone = others.user("Gone");
        UUID project = others.project("Home", bob, ada, gone);
        UUID task = others.task(project, bob, "Water the plants");
        others.leave(project, gone);

        others.comment(project, task, ada, gone.mention() + " and " + bob.mention(), gone, bob);
        awaitNotifications(bob, "comment.mentioned", 1);

        assertThat(notifications(gone, "comment.mentioned")).isZero();
    }
}
