package dev.ordo.notifications.reminder;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * One run of the firing poller: {@code workers} loops at once, each firing batches of due reminders until none is
 * left, so that a thousand reminders due in the same minute are fired in a few transactions side by side. How late
 * each fired is goes to the timer {@code ordo.notifications.reminders.lateness}.
 */
@Component
class ReminderPoller implements DisposableBean {

    static final String LATENESS = "ordo.notifications.reminders.lateness";

    private final ReminderFiring firing;
    private final ReminderProperties properties;
    private final Timer lateness;
    private final ExecutorService workers;

    ReminderPoller(ReminderFiring firing, ReminderProperties properties, MeterRegistry meters) {
        this.firing = firing;
        this.properties = properties;
        this.lateness = Timer.builder(LATENESS)
                .description("How long after its time a reminder fired")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(1))
                .register(meters);
        this.workers = Executors.newFixedThreadPool(
                properties.workers(),
                Thread.ofPlatform().name("reminder-firing-", 1).factory());
    }

    /** @return how many due reminders the run claimed */
    int fireAllDue() {
        List<Future<Integer>> loops = new ArrayList<>();
        for (int i = 0; i < properties.workers(); i++) {
            loops.add(workers.submit(this::loop));
        }
        int claimed = 0;
        try {
            for (Future<Integer> loop : loops) {
                claimed += loop.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("firing reminders failed", e.getCause());
        }
        return claimed;
    }

    private int loop() {
        int claimed = 0;
        while (true) {
            ReminderFiring.Batch batch = firing.fireDue(properties.batchSize());
            batch.lateness().forEach(lateness::record);
            claimed += batch.claimed();
            if (batch.claimed() < properties.batchSize()) {
                return claimed;
            }
        }
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
