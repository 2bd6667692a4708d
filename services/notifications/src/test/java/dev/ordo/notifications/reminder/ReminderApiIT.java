package dev.ordo.notifications.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.contracts.notifications.ReminderEvents;
import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.testsupport.Api;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReminderApiIT extends ReminderTestBase {

    private static final Instant IN_A_DAY =
            Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @Test
    void aMemberSetsAReminderBeforeTheDueTimeAndReadsItBack() {
        Person ada = world.user("Ada");
        UUID project = world.project(ada);
        World.Tasked task = world.task(project, ada, IN_A_DAY);

        Api.Response created = remind(ada, task.id(), "minutesBefore", 30);

        assertThat(created.header("ETag")).contains("\"1\"");
        assertThat(created.header("Location").orElseThrow()).endsWith("/api/v1/reminders/" + created.id());
        assertThat(created.json().path("taskId").asString()).isEqualTo(task.id().toString());
        assertThat(created.json().path("minutesBefore").asInt()).isEqualTo(30);
        assertThat(created.json().path("at").isNull()).isTrue();
        assertThat(created.json().path("channels").toString()).isEqualTo("[\"in_app\",\"push\"]");
        assertThat(Instant.parse(created.field("fireAt"))).isEqualTo(IN_A_DAY.minus(30, ChronoUnit.MINUTES));
        assertThat(created.json().path("version").asLong()).isEqualTo(1);
        assertThat(created.json().has("createdAt")).isTrue();

        Api.Response list = api.get("/api/v1/reminders?taskId=" + task.id(), ada.token());
        assertThat(list.itemValues("id")).containsExactly(created.id());
        assertThat(api.get("/api/v1/reminders/" + created.id(), ada.token()).field("minutesBefore"))
                .isEqualTo("30");

        ReminderEvents.ReminderCreated event = events.awaitEvent(
                ReminderEvents.REMINDER_CREATED,
                e -> e.reminder().reminderId().toString().equals(created.id()));
        assertThat(event.reminder().userId()).isEqualTo(ada.id());
        assertThat(event.reminder().projectId()).isEqualTo(project);
    }

    @Test
    void aViewerSetsAnAbsoluteReminderOnTheChannelsTheyPick() {
        Person ada = world.user("Ada");
        Person vic = world.user("Vic");
        UUID project = world.project(ada);
        world.join(project, vic, ProjectEvents.VIEWER);
        World.Tasked task = world.task(project, ada, null);

        Api.Response created = remind(vic, task.id(), "at", IN_A_DAY, "channels", List.of("email", "in_app"));

        assertThat(created.json().path("channels").toString()).isEqualTo("[\"in_app\",\"email\"]");
        assertThat(Instant.parse(created.field("fireAt"))).isEqualTo(IN_A_DAY);
        assertThat(created.json().path("minutesBefore").isNull()).isTrue();
    }

    @Test
    void strangersAndOthersAreToldThereIsNoSuchTaskOrReminder() {
        Person ada = world.user("Ada");
        Person bob = world.user("Bob");
        Person eve = world.user("Eve");
        UUID project = world.project(ada);
        world.join(project, bob, ProjectEvents.MEMBER);
        World.Tasked task = world.task(project, ada, IN_A_DAY);
        String mine = remind(ada, task.id(), "minutesBefore", 10).id();

        assertThat(api.post("/api/v1/reminders", eve.token(), body("taskId", task.id(), "minutesBefore", 10))
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/reminders?taskId=" + task.id(), eve.token()).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/reminders", ada.token(), body("taskId", UUID.randomUUID(), "minutesBefore", 1))
                        .status())
                .isEqualTo(404);
        // Bob sees the task, not Ada's reminder.
        assertThat(api.get("/api/v1/reminders?taskId=" + task.id(), bob.token()).items())
                .isEmpty();
        assertThat(api.get("/api/v1/reminders/" + mine, bob.token()).status()).isEqualTo(404);
        assertThat(api.patch("/api/v1/reminders/" + mine, bob.token(), Map.of("minutesBefore", 5))
                        .status())
                .isEqualTo(404);
        assertThat(api.delete("/api/v1/reminders/" + mine, bob.token()).status())
                .isEqualTo(404);
    }

    @Test
    void badRemindersAreRefusedWithTheirProblemNames() {
        Person ada = world.user("Ada");
        UUID project = world.project(ada);
        World.Tasked dueAtATime = world.task(project, ada, IN_A_DAY);
        World.Tasked noDueTime = world.task(project, ada, null);

        assertProblem(ada, body("taskId", noDueTime.id(), "minutesBefore", 30), "reminder-needs-due-time");
        assertProblem(
                ada, body("taskId", dueAtATime.id(), "at", Instant.now().minusSeconds(60)), "reminder-in-the-past");
        assertProblem(ada, body("taskId", dueAtATime.id(), "minutesBefore", 40_321), "invalid-reminder");
        assertProblem(ada, body("taskId", dueAtATime.id(), "minutesBefore", -1), "invalid-reminder");
        assertProblem(ada, body("taskId", dueAtATime.id(), "minutesBefore", 5, "at", IN_A_DAY), "invalid-reminder");
        assertProblem(ada, body("taskId", dueAtATime.id()), "invalid-reminder");
        assertProblem(
                ada,
                body("taskId", dueAtATime.id(), "minutesBefore", 5, "channels", List.of("pigeon")),
                "invalid-reminder");
        assertProblem(
                ada, body("taskId", dueAtATime.id(), "minutesBefore", 5, "channels", List.of()), "invalid-reminder");

        for (int i = 0; i < Reminder.MAX_PER_USER_AND_TASK; i++) {
            remind(ada, dueAtATime.id(), "minutesBefore", i);
        }
        assertProblem(ada, body("taskId", dueAtATime.id(), "minutesBefore", 60), "invalid-reminder");
    }

    @Test
    void aChangeNeedsTheCurrentVersionAndSwitchesTheKindOfReminder() {
        Person ada = world.user("Ada");
        UUID project = world.project(ada);
        World.Tasked task = world.task(project, ada, IN_A_DAY);
        String id = remind(ada, task.id(), "minutesBefore", 30).id();

        Api.Response absolute = api.patch(
                "/api/v1/reminders/" + id,
                ada.token(),
                Map.of("at", IN_A_DAY.minusSeconds(7200).toString()),
                Map.of("If-Match", "\"1\""));
        assertThat(absolute.status()).as("%s", absolute).isEqualTo(200);
        assertThat(absolute.json().path("minutesBefore").isNull()).isTrue();
        assertThat(Instant.parse(absolute.field("fireAt"))).isEqualTo(IN_A_DAY.minusSeconds(7200));
        assertThat(absolute.header("ETag")).contains("\"2\"");

        Api.Response stale = api.patch(
                "/api/v1/reminders/" + id, ada.token(), Map.of("minutesBefore", 5), Map.of("If-Match", "\"1\""));
        assertThat(stale.status()).isEqualTo(412);

        Api.Response relative = api.patch(
                "/api/v1/reminders/" + id, ada.token(), Map.of("minutesBefore", 5, "channels", List.of("email")));
        assertThat(relative.json().path("at").isNull()).isTrue();
        assertThat(relative.json().path("channels").toString()).isEqualTo("[\"email\"]");
        assertThat(Instant.parse(relative.field("fireAt"))).isEqualTo(IN_A_DAY.minusSeconds(300));

        Api.Response cleared = api.patchJson("/api/v1/reminders/" + id, ada.token(), "{\"channels\": null}");
        assertThat(cleared.status()).isEqualTo(400);

        ReminderEvents.ReminderUpdated updated = events.awaitEvent(
                ReminderEvents.REMINDER_UPDATED,
                e -> e.reminder().reminderId().toString().equals(id)
                        && e.reminder().version() == 3);
        assertThat(updated.reason()).isEqualTo("changed");
    }

    @Test
    void aDeletedReminderIsGoneAndSaysSo() {
        Person ada = world.user("Ada");
        UUID project = world.project(ada);
        World.Tasked task = world.task(project, ada, IN_A_DAY);
        String id = remind(ada, task.id(), "minutesBefore", 30).id();

        assertThat(api.delete("/api/v1/reminders/" + id, ada.token(), Map.of("If-Match", "\"7\""))
                        .status())
                .isEqualTo(412);
        assertThat(api.delete("/api/v1/reminders/" + id, ada.token()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/reminders/" + id, ada.token()).status()).isEqualTo(404);

        ReminderEvents.ReminderDeleted deleted = events.awaitEvent(
                ReminderEvents.REMINDER_DELETED, e -> e.reminderId().toString().equals(id));
        assertThat(deleted.reason()).isEqualTo("deleted");
    }

    @Test
    void theSameIdempotencyKeyMakesOneReminder() {
        Person ada = world.user("Ada");
        UUID project = world.project(ada);
        World.Tasked task = world.task(project, ada, IN_A_DAY);
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        Api.Response first =
                api.post("/api/v1/reminders", ada.token(), body("taskId", task.id(), "minutesBefore", 15), key);
        Api.Response again =
                api.post("/api/v1/reminders", ada.token(), body("taskId", task.id(), "minutesBefore", 15), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(api.get("/api/v1/reminders?taskId=" + task.id(), ada.token()).items())
                .hasSize(1);
    }

    private void assertProblem(Person caller, Map<String, Object> request, String problem) {
        Api.Response r = api.post("/api/v1/reminders", caller.token(), request);
        assertThat(r.status()).as("%s", r).isEqualTo(400);
        assertThat(r.problem()).as("%s", r).isEqualTo(problem);
        assertThat(r.isProblem()).isTrue();
    }
}
