package dev.ordo.notifications.inbox;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A notification as the inbox and the live stream show it. */
public record NotificationResponse(
        UUID id,
        String type,
        boolean read,
        boolean archived,
        Instant createdAt,
        @Nullable Actor actor,
        Subject subject,
        @Nullable UUID projectId,
        @Nullable UUID taskId,
        String text) {

    /** Who did what it tells of; their name as it was then. */
    public record Actor(UUID id, String name) {}

    static NotificationResponse of(Notification n) {
        return new NotificationResponse(
                n.id(),
                n.type(),
                n.read(),
                n.archived(),
                n.createdAt(),
                n.actorId() == null ? null : new Actor(n.actorId(), n.actorName() == null ? "Someone" : n.actorName()),
                n.subject(),
                n.projectId(),
                n.taskId(),
                n.text());
    }
}
