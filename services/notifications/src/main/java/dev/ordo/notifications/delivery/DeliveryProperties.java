package dev.ordo.notifications.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ordo.notifications.delivery.*}: how the worker sends email and push deliveries.
 *
 * @param pollInterval how often it looks for due deliveries when nothing woke it (a commit that queued some does)
 * @param lease        how long a claimed delivery is the claimer's; past it, the claimer is taken for dead and the
 *                     delivery is tried again (so a crash mid-send sends it at most once more). Longer than any send.
 * @param maxAttempts  attempts before a delivery is parked
 * @param backoff      the pause after the first failure, doubled after each next one, at most {@code maxBackoff}
 * @param batch        deliveries claimed at a time
 */
@ConfigurationProperties("ordo.notifications.delivery")
public record DeliveryProperties(
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("10s") Duration backoff,
        @DefaultValue("1h") Duration maxBackoff,
        @DefaultValue("20") int batch) {

    /** The pause after {@code attempts} failed attempts. */
    Duration pauseAfter(int attempts) {
        Duration pause = backoff;
        for (int i = 1; i < attempts && pause.compareTo(maxBackoff) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(maxBackoff) > 0 ? maxBackoff : pause;
    }
}
