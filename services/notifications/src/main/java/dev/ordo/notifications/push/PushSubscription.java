package dev.ordo.notifications.push;

import java.time.Instant;
import java.util.UUID;

/** A browser's push subscription: where its push service takes messages, and the keys they are encrypted for. */
record PushSubscription(UUID id, UUID userId, String endpoint, String p256dh, String auth, Instant createdAt) {}
