package dev.ordo.notifications.delivery;

import dev.ordo.notifications.inbox.Channel;
import dev.ordo.notifications.inbox.Notification;
import dev.ordo.notifications.inbox.Notifications;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends due deliveries through the {@link ChannelSender} of their channel, on a thread of its own: claims a batch
 * (marked {@code sending} with a lease), sends each, then marks it {@code sent}, or due again after a pause that
 * doubles with each failure, or {@code parked} after {@code max-attempts} (or at once when retrying cannot help).
 *
 * <p>At most once more after a crash: a delivery is marked {@code sending} before its sender is called and
 * {@code sent} after. If the process dies in between, nobody records the outcome; when the lease runs out, the row
 * is claimed again and sent once more, though the first send may have gone out. An {@link Error} from a sender is
 * treated the same way (nothing recorded), because after one nothing the process would record can be trusted.
 */
@Component
class DeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveryRows rows;
    private final Notifications notifications;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final DeliveryProperties properties;
    private final Clock clock;
    private final DeliveryMeters meters;
    private final ArrayBlockingQueue<Boolean> wakeUp = new ArrayBlockingQueue<>(1);
    private volatile boolean running;
    private Thread thread;

    DeliveryWorker(
            DeliveryRows rows,
            Notifications notifications,
            List<ChannelSender> senders,
            DeliveryProperties properties,
            Clock clock,
            MeterRegistry registry) {
        this.rows = rows;
        this.notifications = notifications;
        senders.forEach(sender -> {
            if (this.senders.put(sender.channel(), sender) != null) {
                throw new IllegalStateException("two senders for " + sender.channel());
            }
        });
        this.properties = properties;
        this.clock = clock;
        this.meters = new DeliveryMeters(registry);
        Gauge.builder("ordo.notifications.deliveries.parked", rows, DeliveryRows::parked)
                .description("deliveries given up on after repeated failure")
                .register(registry);
    }

    /** A transaction queued deliveries and committed: look now. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void queued(DeliveriesQueued queued) {
        wakeUp.offer(Boolean.TRUE);
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("delivery-worker").start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                if (drainOnce() == 0) {
                    wakeUp.poll(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("The delivery worker could not claim deliveries: {}", e.toString());
                pause();
            }
        }
    }

    /** Claims and sends one batch; returns how many it claimed. */
    int drainOnce() {
        Instant now = clock.instant();
        List<DeliveryRows.Claimed> batch =
                rows.claim(senders.keySet(), properties.batch(), now, now.plus(properties.lease()));
        for (DeliveryRows.Claimed claimed : batch) {
            try {
                send(claimed);
            } catch (Error e) {
                log.error("Delivery {} stopped mid-send; it is tried again after its lease", claimed.id(), e);
            }
        }
        return batch.size();
    }

    private void send(DeliveryRows.Claimed claimed) {
        Optional<Notification> notification = notifications.byId(claimed.notificationId());
        if (notification.isEmpty()) {
            rows.park(claimed.id(), "its notification is gone");
            return;
        }
        Notification n = notification.get();
        Delivery delivery = new Delivery(
                claimed.id(),
                claimed.channel(),
                claimed.attempt(),
                n.id(),
                n.recipient(),
                n.type(),
                n.actorId(),
                n.actorName(),
                n.subject(),
                n.details(),
                n.createdAt());
        try {
            senders.get(claimed.channel()).send(delivery);
            rows.sent(claimed.id(), clock.instant());
            meters.sent(claimed.channel());
        } catch (DeliveryFailure e) {
            failed(claimed, e.getMessage(), e.permanent());
        } catch (RuntimeException e) {
            failed(claimed, e.toString(), false);
        }
    }

    private void failed(DeliveryRows.Claimed claimed, String error, boolean permanent) {
        if (permanent || claimed.attempt() >= properties.maxAttempts()) {
            log.error(
                    "Parking {} delivery {} after {} attempts: {}",
                    claimed.channel().wire(),
                    claimed.id(),
                    claimed.attempt(),
                    error);
            rows.park(claimed.id(), error);
            meters.parked(claimed.channel());
            return;
        }
        Instant next = clock.instant().plus(properties.pauseAfter(claimed.attempt()));
        log.warn(
                "{} delivery {} failed (attempt {}), trying again at {}: {}",
                claimed.channel().wire(),
                claimed.id(),
                claimed.attempt(),
                next,
                error);
        rows.retryAt(claimed.id(), next, error);
        meters.failed(claimed.channel());
    }

    /** After a failed round: waits a poll interval, or less if a commit queues deliveries (the loop's own wait). */
    private void pause() {
        try {
            wakeUp.poll(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
