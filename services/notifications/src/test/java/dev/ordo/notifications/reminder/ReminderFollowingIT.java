package dev.ordo.notifications.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ordo.contracts.notifications.ReminderEvents;
import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.testsupport.Api;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReminderFollowingIT extends ReminderTestBase {

    private static final Instant TOMORROW =
            Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private static final String DAILY = "DTSTART:20260101T090000Z\nRRULE:FREQ=DAILY";

    @Test
    void aRelativeReminderMovesWithItsTasksDueAndRestsWhenTheDueHasNoTime() {
        Person ada = world.user("Ada");
        UUID project = world.project(ada);
        World.Tasked task = world.task(project, ada, TOMORROW);
        String before = remind(ada, task.id(), "minutesBefore", 30).id();
        String absolute =
                remind(ada, task.id(), "at", TOMORROW.minusSeconds(600)).id();

        World.Tasked later = world.moveDue(task, TOMORROW.plusSeconds(3600));

        Api.Response moved = api.get("/api/v1/reminders/" + before, ada.token());
        assertThat(Instant.parse(moved.field("fireAt"))).isEqualTo(TOMORROW.plusSeconds(3600 - 1800));
        assertThat(moved.field("version")).isEqualTo("2");
        assertThat(Instant.parse(
                        api.get("/api/v1/reminders/" + absolute, ada.token()).field("fireAt")))
                .isEqualTo(TOMORROW.minusSeconds(600));
        ReminderEvents.ReminderUpdated rescheduled = events.awaitEvent(
                ReminderEvents.REMINDER_UPDATED,
                e -> e.reminder().reminderId().toString().equals(before));
        assertThat(rescheduled.reason()).isEqualTo("rescheduled");
        assertThat(rescheduled.reminder().fireAt()).isEqualTo(TOMORROW.plusSeconds(1800));

        world.moveDue(later, null);

        assertThat(api.get("/api/v1/reminders/" + before, ada.token()).field("fireAt"))
                .isNull();
    }

    @Test
    void aRecurringTasksReminderFiresAndReArmsForTheNextOccurrence() {
        Person ada = world.user("Ada");
        UUID project = world.project(ada);
        Instant due = Instant.now().plusSeconds(63).truncatedTo(ChronoUnit.MILLIS);
        World.Tasked task = world.task(project, ada, due, DAILY, null);
        UUID id = UUID.fromString(remind(ada, task.id(), "minutesBefore", 1).id());
        await().atMost(Duration.ofSeconds(15))
                .until(() -> notifier.firingsOf(id).size() == 1);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> api.get("/api/v1/reminders/" + id, ada.token()).field("fireAt") == null);

        world.completeOccurrence(task, due.plus(1, ChronoUnit.DAYS));

        Api.Response reArmed = api.get("/api/v1/reminders/" + id, ada.token());
        assertThat(Instant.parse(reArmed.field("fireAt")))
                .isEqualTo(due.plus(1, ChronoUnit.DAYS).minusSeconds(60));
    }

    @Test
    void completingTheTaskTakesItsRemindersWithIt() {
        Person ada = world.user("Ada");
        UUID project = world.project(ada);
        World.Tasked task = world.task(project, ada, TOMORROW);
        String relative = remind(ada, task.id(), "minutesBefore", 30).id();
        String absolute = remind(ada, task.id(), "at", TOMORROW).id();

        world.complete(task);

        assertThat(api.get("/api/v1/reminders/" + relative, ada.token()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/reminders/" + absolute, ada.token()).status())
                .isEqualTo(404);
        assertThat(events.awaitEvent(
                                ReminderEvents.REMINDER_DELETED,
                                e -> e.reminderId().toString().equals(absolute))
                        .reason())
                .isEqualTo("task-completed");
    }

    @Test
    void deletingTheTaskTakesItsRemindersWithIt() {
        Person ada = world.user("Ada");
        UUID project = world.project(ada);
        World.Tasked task = world.task(project, ada, TOMORROW);
        String id = remind(ada, task.id(), "minutesBefore", 30).id();

        world.delete(task);

        assertThat(api.get("/api/v1/reminders/" + id, ada.token()).status()).isEqualTo(404);
        assertThat(events.awaitEvent(
                                ReminderEvents.REMINDER_DELETED,
                                e -> e.reminderId().toString().equals(id))
                        .reason())
                .isEqualTo("task-deleted");
    }

    @Test
    void aMemberWhoLeavesLosesTheirRemindersInTheProjectAndNoOneElseDoes() {
        Person ada = world.user("Ada");
        Person bob = world.user("Bob");
        UUID project = world.project(ada);
        world.join(project, bob, ProjectEvents.MEMBER);
        World.Tasked task = world.task(project, ada, TOMORROW);
        String adas = remind(ada, task.id(), "minutesBefore", 30).id();
        String bobs = remind(bob, task.id(), "minutesBefore", 30).id();

        world.leave(project, bob, ProjectEvents.MEMBER);

        world.awaitCount(0, "select count(*) from reminder where id = :id", Map.of("id", UUID.fromString(bobs)));
        assertThat(events.awaitEvent(
                                ReminderEvents.REMINDER_DELETED,
                                e -> e.reminderId().toString().equals(bobs))
                        .reason())
                .isEqualTo("member-removed");
        assertThat(api.get("/api/v1/reminders/" + adas, ada.token()).status()).isEqualTo(200);
    }

    @Test
    void whoWantsADefaultReminderGetsOneOnTasksTheyCreateOrAreAssignedOncePerTask() {
        Person ada = world.user("Ada");
        Person bob = world.user("Bob");
        UUID project = world.project(ada);
        world.join(project, bob, ProjectEvents.MEMBER);
        defaults.prefer(ada.id(), 15);
        defaults.prefer(bob.id(), 45);

        World.Tasked task = world.task(project, ada, TOMORROW);
        Api.Response adas = api.get("/api/v1/reminders?taskId=" + task.id(), ada.token());
        assertThat(adas.itemValues("minutesBefore")).containsExactly("15");
        assertThat(api.get("/api/v1/reminders?taskId=" + task.id(), bob.token()).items())
                .isEmpty();

        World.Tasked assigned = world.assign(task, bob);
        Api.Response bobs = api.get("/api/v1/reminders?taskId=" + task.id(), bob.token());
        assertThat(bobs.itemValues("minutesBefore")).containsExactly("45");
        assertThat(bobs.items().getFirst().path("channels").toString()).isEqualTo("[\"in_app\",\"push\"]");

        api.delete("/api/v1/reminders/" + bobs.items().getFirst().path("id").asString(), bob.token());
        world.assign(assigned, bob);
        assertThat(api.get("/api/v1/reminders?taskId=" + task.id(), bob.token()).items())
                .isEmpty();

        World.Tasked noTime = world.task(project, ada, null);
        assertThat(api.get("/api/v1/reminders?taskId=" + noTime.id(), ada.token())
                        .items())
                .isEmpty();
    }
}
