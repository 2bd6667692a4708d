package dev.ordo.notifications.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.tasks.TaskEvents;
import dev.ordo.notifications.support.IntegrationTestBase;
import dev.ordo.notifications.support.Person;
import dev.ordo.testsupport.Api;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class InboxIT extends IntegrationTestBase {

    @Test
    void an_assignment_notifies_the_assignee_only_never_the_actor_and_a_redelivered_event_notifies_once() {
        Person ada = others.user("Ada");
        Person bob = others.user("Bob");
        UUID project = others.project("Home", bob, ada);
        UUID task = others.task(project, bob, "Buy milk");

        others.send(others.assignment(task, bob, bob, "assigned")); // Bob takes it himself: nobody is told
        EventEnvelope<TaskEvents.TaskAssigned> toAda = others.assignment(task, bob, ada, "assigned");
        others.send(toAda);
        others.send(toAda); // at least once: the same event again
        awaitNotifications(ada, "task.assigned", 1);
        others.send(others.assignment(task, ada, ada, "assigned")); // and a later marker on the same partition
        others.send(others.assignment(task, bob, bob, "assigned"));
        others.send(others.assignment(task, bob, ada, "assigned"));
        awaitNotifications(ada, "task.assigned", 2);

        assertThat(notifications(bob, "task.assigned")).as("never to the actor").isZero();
        List<JsonNode> inbox = inbox(ada);
        assertThat(inbox).hasSize(2);
        JsonNode newest = inbox.getFirst();
        assertThat(newest.get("type").asString()).isEqualTo("task.assigned");
        assertThat(newest.get("text").asString()).isEqualTo("Bob assigned you “Buy milk”");
        assertThat(newest.get("actor").get("name").asString()).isEqualTo("Bob");
        assertThat(newest.get("subject").get("type").asString()).isEqualTo("task");
        assertThat(newest.get("subject").get("id").asString()).isEqualTo(task.toString());
        assertThat(newest.get("subject").get("title").asString()).isEqualTo("Buy milk");
        assertThat(newest.get("taskId").asString()).isEqualTo(task.toString());
        assertThat(newest.get("projectId").asString()).isEqualTo(project.toString());
        assertThat(newest.get("read").asBoolean()).isFalse();
    }

    @Test
    void an_unassignment_for_a_removed_member_and_an_assignee_who_cannot_see_the_project_are_not_told() {
        Person ada = others.user("Ada");
        Person bob = others.user("Bob");
        Person stranger = others.user("Stranger");
        UUID project = others.project("Home", bob, ada);
        UUID task = others.task(project, bob, "Buy milk");

        others.send(others.assignment(task, bob, ada, "member-removed"));
        others.send(others.assignment(task, bob, stranger, "assigned"));
        others.send(others.assignment(task, bob, ada, "assigned"));
        awaitNotifications(ada, "task.assigned", 1);

        assertThat(notifications(stranger, "task.assigned")).isZero();
    }

    @Test
    void the_inbox_reads_unreads_archives_and_pages_newest_first_and_counts_the_unread() {
        Person ada = others.user("Ada");
        Person bob = others.user("Bob");
        UUID project = others.project("Home", bob, ada);
        for (String title : List.of("One", "Two", "Three")) {
            others.send(others.assignment(others.task(project, bob, title), bob, ada, "assigned"));
        }
        awaitNotifications(ada, "task.assigned", 3);

        Api.Response first = api.get("/api/v1/notifications?limit=2", ada.token());
        assertThat(first.items()).hasSize(2);
        Api.Response second = api.get("/api/v1/notifications?limit=2&cursor=" + first.field("nextCursor"), ada.token());
        assertThat(second.items()).hasSize(1);
        assertThat(second.field("nextCursor")).isNull();
        List<String> titles = List.of(
                first.items().get(0).get("subject").get("title").asString(),
                first.items().get(1).get("subject").get("title").asString(),
                second.items().get(0).get("subject").get("title").asString());
        assertThat(titles).containsExactly("Three", "Two", "One");
        assertThat(unreadCount(ada)).isEqualTo(3);

        String three = first.items().get(0).get("id").asString();
        String two = first.items().get(1).get("id").asString();
        assertThat(api.post("/api/v1/notifications/" + three + "/read", ada.token())
                        .status())
                .isEqualTo(204);
        assertThat(unreadCount(ada)).isEqualTo(2);
        assertThat(api.get("/api/v1/notifications?unread=true", ada.token()).items())
                .hasSize(2);
        assertThat(api.get("/api/v1/notifications?unread=false", ada.token()).items())
                .extracting(n -> n.get("id").asString())
                .containsExactly(three);
        api.post("/api/v1/notifications/" + three + "/unread", ada.token());
        assertThat(unreadCount(ada)).isEqualTo(3);

        assertThat(api.post("/api/v1/notifications/" + two + "/archive", ada.token())
                        .status())
                .isEqualTo(204);
        assertThat(inbox(ada)).extracting(n -> n.get("id").asString()).doesNotContain(two);
        assertThat(api.get("/api/v1/notifications?archived=true", ada.token()).items())
                .extracting(n -> n.get("id").asString())
                .containsExactly(two);
        assertThat(unreadCount(ada)).as("archived ones are not counted").isEqualTo(2);

        assertThat(api.post("/api/v1/notifications/read-all", ada.token()).status())
                .isEqualTo(204);
        assertThat(unreadCount(ada)).isZero();
    }

    @Test
    void nobody_but_the_recipient_sees_or_changes_a_notification() {
        Person ada = others.user("Ada");
        Person bob = others.user("Bob");
        UUID project = others.project("Home", bob, ada);
        others.send(others.assignment(others.task(project, bob, "Buy milk"), bob, ada, "assigned"));
        awaitNotifications(ada, "task.assigned", 1);
        UUID adas = notificationOf(ada, "task.assigned");

        for (String action : List.of("read", "unread", "archive")) {
            Api.Response r = api.post("/api/v1/notifications/" + adas + "/" + action, bob.token());
            assertThat(r.status()).as("%s %s", action, r).isEqualTo(404);
            assertThat(r.isProblem()).isTrue();
        }
        assertThat(api.post("/api/v1/notifications/" + UUID.randomUUID() + "/read", ada.token())
                        .status())
                .isEqualTo(404);
        assertThat(inbox(bob)).isEmpty();
        api.post("/api/v1/notifications/read-all", bob.token());
        assertThat(unreadCount(ada)).isEqualTo(1);
    }

    @Test
    void a_forged_cursor_is_a_400_and_the_inbox_needs_a_token() {
        Person ada = others.user("Ada");

        Api.Response forged = api.get("/api/v1/notifications?cursor=bm9wZQ", ada.token());
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.problem()).isEqualTo("invalid-cursor");
        assertThat(api.get("/api/v1/notifications", null).status()).isEqualTo(401);
    }

    private long unreadCount(Person person) {
        Api.Response r = api.get("/api/v1/notifications/unread-count", person.token());
        assertThat(r.status()).isEqualTo(200);
        return r.json().get("count").asLong();
    }
}
