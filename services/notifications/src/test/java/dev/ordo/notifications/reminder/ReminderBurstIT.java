package dev.ordo.notifications.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ordo.contracts.notifications.ReminderEvents;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The bench's scenario in small (bench/reminders.sh measures it on a running system with the inbox's Notifier): a
 * thousand reminders due at the same instant all fire within the promised five seconds of it.
 */
class ReminderBurstIT extends ReminderTestBase {

    @Autowired
    ReminderService reminders;

    @Autowired
    MeterRegistry meters;

    @Test
    void aThousandRemindersDueAtTheSameInstantAllFireWithinFiveSecondsOfIt() {
        Person ada = world.user("Ada");
        UUID project = world.project(ada);
        List<World.Tasked> tasks = new ArrayList<>();
        for (int t = 0; t < 100; t++) {
            tasks.add(world.task(project, ada, null));
        }
        Instant at = Instant.now().plusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
        List<UUID> ids = new ArrayList<>();
        for (World.Tasked task : tasks) {
            for (int i = 0; i < Reminder.MAX_PER_USER_AND_TASK; i++) {
                ids.add(reminders
                        .create(ada.id(), new CreateReminderRequest(task.id(), null, at, List.of("in_app")))
                        .id());
            }
        }
        assertThat(Instant.now()).as("made before their time").isBefore(at);

        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> remaining(ids) == 0);

        await().atMost(Duration.ofSeconds(30)).until(() -> firedOf(ada) == ids.size());
        List<Long> lateness = events.eventsOf(ReminderEvents.REMINDER_FIRED).stream()
                .filter(e -> e.data().userId().equals(ada.id()))
                .map(e -> Duration.between(e.data().scheduledFor(), e.data().firedAt())
                        .toMillis())
                .sorted()
                .toList();
        long p99 = lateness.get((int) Math.ceil(lateness.size() * 0.99) - 1);
        System.out.printf(
                "reminder burst: %d fired, lateness p50 %d ms, p99 %d ms, max %d ms%n",
                lateness.size(), lateness.get(lateness.size() / 2), p99, lateness.getLast());
        assertThat(lateness).hasSize(ids.size());
        assertThat(p99).isLessThan(5_000);
        Timer timer = meters.get(ReminderPoller.LATENESS).timer();
        assertThat(timer.count()).isGreaterThanOrEqualTo(ids.size());
        assertThat(timer.max(TimeUnit.MILLISECONDS)).isGreaterThan(0);
    }

    private long firedOf(Person who) {
        return events.eventsOf(ReminderEvents.REMINDER_FIRED).stream()
                .filter(e -> e.data().userId().equals(who.id()))
                .count();
    }

    private long remaining(List<UUID> ids) {
        return jdbc.sql("select count(*) from reminder where id = any(:ids)")
                .params(Map.of("ids", ids.toArray(UUID[]::new)))
                .query(Long.class)
                .single();
    }
}
