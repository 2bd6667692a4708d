package dev.ordo.notifications.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import dev.ordo.contracts.notifications.ReminderEvents;
import dev.ordo.notifications.inbox.Channel;
import dev.ordo.notifications.inbox.NotificationRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReminderFiringIT extends ReminderTestBase {

    private static final Duration PROMISE = Duration.ofSeconds(5);

    @Autowired
    DataSource dataSource;

    @Autowired
    RecurringTask<Void> reminderFiringTask;

    @Autowired
    ReminderFiring firing;

    @Test
    void anAbsoluteReminderFiresOnceWithinFiveSecondsOfItsTimeAndIsDone() {
        Person ada = world.user("Ada");
        UUID project = world.project(ada);
        World.Tasked task = world.task(project, ada, null);
        Instant at = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
        UUID id = UUID.fromString(
                remind(ada, task.id(), "at", at, "channels", List.of("email")).id());

        await().atMost(Duration.ofSeconds(15))
                .until(() -> !notifier.firingsOf(id).isEmpty());
        ReminderEvents.ReminderFired fired = events.awaitEvent(
                ReminderEvents.REMINDER_FIRED, e -> e.reminderId().equals(id));
        ReminderEvents.ReminderDeleted done = events.awaitEvent(
                ReminderEvents.REMINDER_DELETED, e -> e.reminderId().equals(id));

        assertThat(fired.scheduledFor()).isEqualTo(at);
        assertThat(fired.firedAt()).isAfterOrEqualTo(at).isBefore(at.plus(PROMISE));
        assertThat(fired.userId()).isEqualTo(ada.id());
        assertThat(done.reason()).isEqualTo("fired");
        NotificationRequest told = notifier.firingsOf(id).getFirst();
        assertThat(told.recipient()).isEqualTo(ada.id());
        assertThat(told.type()).isEqualTo("reminder");
        assertThat(told.actor()).isNull();
        assertThat(told.subject().id()).isEqualTo(task.id());
        assertThat(told.subject().type()).isEqualTo("task");
        assertThat(told.subject().title()).isEqualTo("Buy milk");
        assertThat(told.channels()).isEqualTo(Set.of(Channel.EMAIL));
        assertThat(told.projectId()).isEqualTo(project);
        assertThat(told.sourceId()).isEqualTo("reminder:" + id + ":" + at);
        // fired and deleted in one transaction: nothing is left to fire again
        assertThat(notifier.firingsOf(id)).hasSize(1);
        assertThat(firedEvents(id)).isEqualTo(1);
        assertThat(api.get("/api/v1/reminders/" + id, ada.token()).status()).isEqualTo(404);
    }

    @Test
    void aReminderThatCannotFireIsPutBackAMinuteAndTheOnesBehindItFireOnTime() {
        Person ada = world.user("Ada");
        Person bo = world.user("Bo");
        UUID project = world.project(ada);
        world.join(project, bo, "member");
        World.Tasked task = world.task(project, ada, null);
        notifier.failFor(ada.id());
        // far enough ahead for both to be set on a loaded machine
        Instant at = Instant.now().plusSeconds(10).truncatedTo(ChronoUnit.MILLIS);
        // ada's comes first in the batch (earlier), and every try of it fails
        UUID broken = UUID.fromString(remind(ada, task.id(), "at", at).id());
        UUID fine =
                UUID.fromString(remind(bo, task.id(), "at", at.plusMillis(1)).id());

        await().atMost(Duration.ofSeconds(15))
                .until(() -> !notifier.firingsOf(fine).isEmpty());
        ReminderEvents.ReminderFired fired = events.awaitEvent(
                ReminderEvents.REMINDER_FIRED, e -> e.reminderId().equals(fine));
        assertThat(fired.firedAt()).isBefore(at.plus(PROMISE));
        assertThat(notifier.firingsOf(broken)).isEmpty();
        Instant retry = Instant.parse(api.get("/api/v1/reminders/" + broken, ada.token())
                .json()
                .get("fireAt")
                .asString());
        assertThat(retry).isAfter(at.plusSeconds(50));
    }

    @Test
    void aRelativeReminderFiresBeforeTheDueTimeThenWaitsForTheDueToMove() {
        Person ada = world.user("Ada");
        UUID project = world.project(ada);
        Instant due = Instant.now().plusSeconds(63).truncatedTo(ChronoUnit.MILLIS);
        World.Tasked task = world.task(project, ada, due);
        UUID id = UUID.fromString(remind(ada, task.id(), "minutesBefore", 1).id());

        await().atMost(Duration.ofSeconds(15))
                .until(() -> !notifier.firingsOf(id).isEmpty());
        ReminderEvents.ReminderFired fired = events.awaitEvent(
                ReminderEvents.REMINDER_FIRED, e -> e.reminderId().equals(id));
        assertThat(fired.scheduledFor()).isEqualTo(due.minusSeconds(60));
        assertThat(fired.firedAt()).isBefore(fired.scheduledFor().plus(PROMISE));
        assertThat(notifier.firingsOf(id).getFirst().details()).containsEntry("dueAt", due.toString());
        await().atMost(Duration.ofSeconds(5))
                .until(() -> api.get("/api/v1/reminders/" + id, ada.token()).field("fireAt") == null);

        Instant later = Instant.now().plusSeconds(62).truncatedTo(ChronoUnit.MILLIS);
        world.moveDue(task, later);

        await().atMost(Duration.ofSeconds(15))
                .until(() -> notifier.firingsOf(id).size() == 2);
        assertThat(notifier.firingsOf(id).get(1).sourceId()).isEqualTo("reminder:" + id + ":" + later.minusSeconds(60));
    }

    /**
     * The platform's scheduler, a second db-scheduler Scheduler on the same database (as a second instance would
     * run), and two threads firing batches by hand all go after the same thirty reminders at once.
     */
    @Test
    void twoSchedulersAndTwoMoreFiringThreadsStillFireEachReminderOnce() throws Exception {
        Person ada = world.user("Ada");
        UUID project = world.project(ada);
        Instant at = Instant.now().plusSeconds(8).truncatedTo(ChronoUnit.MILLIS);
        List<UUID> ids = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            World.Tasked task = world.task(project, ada, null);
            for (int i = 0; i < Reminder.MAX_PER_USER_AND_TASK; i++) {
                ids.add(UUID.fromString(remind(ada, task.id(), "at", at).id()));
            }
        }
        Scheduler second = Scheduler.create(dataSource)
                .startTasks(reminderFiringTask)
                .threads(1)
                .pollingInterval(Duration.ofMillis(200))
                .build();
        ExecutorService hands = Executors.newFixedThreadPool(2);
        try {
            second.start();
            await().atMost(Duration.ofSeconds(15)).until(() -> !Instant.now().isBefore(at));
            List<Future<Integer>> loops = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                loops.add(hands.submit(() -> {
                    int claimed = 0;
                    while (remaining(ids) > 0) {
                        claimed += firing.fireDue(3).claimed();
                    }
                    return claimed;
                }));
            }
            for (Future<Integer> loop : loops) {
                loop.get();
            }
        } finally {
            hands.shutdownNow();
            second.stop();
        }

        await().atMost(Duration.ofSeconds(15)).until(() -> ids.stream().allMatch(id -> firedEvents(id) >= 1));
        for (UUID id : ids) {
            assertThat(notifier.firingsOf(id)).as("notifications of %s", id).hasSize(1);
            assertThat(firedEvents(id)).as("reminder.fired of %s", id).isEqualTo(1);
        }
    }

    private long remaining(List<UUID> ids) {
        return jdbc.sql("select count(*) from reminder where id = any(:ids)")
                .params(Map.of("ids", ids.toArray(UUID[]::new)))
                .query(Long.class)
                .single();
    }
}
