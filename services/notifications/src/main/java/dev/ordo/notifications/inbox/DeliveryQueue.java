package dev.ordo.notifications.inbox;

import java.time.Instant;
import java.util.UUID;

/** Where the inbox queues a notification's email and push deliveries, in the transaction that makes it. */
public interface DeliveryQueue {

    void enqueue(UUID notificationId, Channel channel, Instant dueAt);
}
