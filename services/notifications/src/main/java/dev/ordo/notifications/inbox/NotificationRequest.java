package dev.ordo.notifications.inbox;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One notification to make, from one source event, for one recipient.
 *
 * @param type      {@code task.assigned}, {@code comment.mentioned}, {@code comment.added}, {@code invitation.received},
 *                  {@code invitation.accepted}, {@code invitation.rejected}, {@code task.completed}, {@code reminder},
 *                  {@code digest}
 * @param actor     who did what it tells of, or null (a reminder, a digest)
 * @param sourceId  what it comes from (the event's id, a reminder's firing), so that it is made once per recipient
 *                  and type however often the source is delivered
 * @param details   what the type's text needs beyond the subject (a comment's excerpt, a project's name, a due time)
 * @param channels  the channels to tell it on, or null for the recipient's preferences for the type (a reminder names
 *                  its own)
 * @param projectId the project it belongs to, or null
 */
public record NotificationRequest(
        UUID recipient,
        String type,
        @Nullable UUID actor,
        Subject subject,
        String sourceId,
        Map<String, String> details,
        @Nullable Set<Channel> channels,
        @Nullable UUID projectId) {}
