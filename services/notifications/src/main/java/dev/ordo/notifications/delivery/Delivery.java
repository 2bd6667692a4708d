package dev.ordo.notifications.delivery;

import dev.ordo.notifications.inbox.Channel;
import dev.ordo.notifications.inbox.Subject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One notification to send on one channel, with everything a sender needs to write it.
 *
 * @param attempt 1 for the first try
 */
public record Delivery(
        UUID deliveryId,
        Channel channel,
        int attempt,
        UUID notificationId,
        UUID recipient,
        String type,
        @Nullable UUID actor,
        @Nullable String actorName,
        Subject subject,
        Map<String, String> details,
        Instant createdAt) {}
