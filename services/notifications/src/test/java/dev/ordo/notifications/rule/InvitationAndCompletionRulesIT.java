package dev.ordo.notifications.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.notifications.support.IntegrationTestBase;
import dev.ordo.notifications.support.Person;
import dev.ordo.testsupport.Api;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InvitationAndCompletionRulesIT extends IntegrationTestBase {

    @Test
    void the_invitee_hears_of_the_invitation_by_their_address_and_the_inviter_of_its_answers() {
        Person bob = others.user("Bob");
        Person ada = others.user("Ada");
        Person cem = others.user("Cem");
        UUID project = others.project("Garden", bob);

        UUID toAda = others.invite(project, bob, ada.email().toUpperCase());
        UUID toCem = others.invite(project, bob, cem.email());
        others.invite(project, bob, "nobody@example.test"); // no account: nobody to tell
        awaitNotifications(cem, "invitation.received", 1);
        assertThat(notifications(ada, "invitation.received")).isEqualTo(1);
        assertThat(inbox(ada).getFirst().get("text").asString()).isEqualTo("Bob invited you to “Garden”");
        assertThat(inbox(ada).getFirst().get("subject").get("id").asString()).isEqualTo(toAda.toString());

        others.accept(toAda, project, ada);
        others.reject(toCem, project, cem);
        awaitNotifications(bob, "invitation.rejected", 1);

        assertThat(notifications(bob, "invitation.accepted")).isEqualTo(1);
        assertThat(inbox(bob))
                .extracting(n -> n.get("text").asString())
                .containsExactly(
                        "Cem declined your invitation to “Garden”", "Ada accepted your invitation to “Garden”");
    }

    @Test
    void a_task_completed_by_someone_else_in_a_shared_project_tells_its_owner_once_they_turned_it_on() {
        Person owner = others.user("Owner");
        Person ada = others.user("Ada");
        UUID project = others.project("Shared", owner, ada);
        UUID quiet = others.task(project, owner, "Before opting in");
        UUID told = others.task(project, owner, "After opting in");
        UUID own = others.task(project, owner, "Done by the owner");

        others.complete(quiet, ada);
        others.assign(told, owner, ada); // the owner is told nothing of this, and it marks the completion handled
        assertThat(notifications(owner, "task.completed")).as("off by default").isZero();

        Map<String, Object> body = Map.of(
                "types", Map.of("task.completed", Map.of("in_app", true)),
                "digest", Map.of("enabled", false, "time", "08:00"));
        Api.Response put = api.put("/api/v1/notification-preferences", owner.token(), body);
        assertThat(put.status()).as("%s", put).isEqualTo(200);
        others.complete(own, owner);
        others.complete(told, ada);
        awaitNotifications(owner, "task.completed", 1);

        assertThat(inbox(owner).getFirst().get("text").asString()).isEqualTo("Ada completed “After opting in”");
    }
}
