package dev.ordo.notifications.delivery;

import dev.ordo.notifications.inbox.Channel;
import dev.ordo.notifications.inbox.DeliveryQueue;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The inbox's {@link DeliveryQueue}: a pending delivery row in the transaction that makes the notification. */
@Component
class QueuedDeliveries implements DeliveryQueue {

    private final DeliveryRows rows;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QueuedDeliveries(DeliveryRows rows, ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void enqueue(UUID notificationId, Channel channel, Instant dueAt) {
        rows.insert(notificationId, channel, dueAt, clock.instant());
        events.publishEvent(new DeliveriesQueued());
    }
}
