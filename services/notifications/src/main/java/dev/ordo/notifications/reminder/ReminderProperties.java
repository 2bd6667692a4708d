package dev.ordo.notifications.reminder;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ordo.notifications.reminders.*}.
 *
 * @param pollInterval how long the firing poller waits after a run before the next (default 500ms); with
 *                     {@code ordo.jobs.polling-interval} (1s here) it bounds how late a reminder fires
 * @param batchSize    reminders fired per transaction (default 100)
 * @param workers      transactions firing at once in a run, each taking its own due reminders (default 2)
 */
@ConfigurationProperties("ordo.notifications.reminders")
public record ReminderProperties(Duration pollInterval, Integer batchSize, Integer workers) {

    public ReminderProperties {
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        batchSize = batchSize == null ? 100 : batchSize;
        workers = workers == null ? 2 : workers;
    }
}
