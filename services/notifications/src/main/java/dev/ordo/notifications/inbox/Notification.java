package dev.ordo.notifications.inbox;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A notification as it was made: who is told, what of, by whom, and whether they read or archived it. */
public record Notification(
        UUID id,
        UUID recipient,
        String type,
        @Nullable UUID actorId,
        @Nullable String actorName,
        Subject subject,
        @Nullable UUID projectId,
        @Nullable UUID taskId,
        Map<String, String> details,
        boolean read,
        boolean archived,
        Instant createdAt) {

    /** The English sentence the inbox shows for it. */
    public String text() {
        return Sentences.of(type, actorName, subject.title(), details);
    }
}
