package dev.ordo.comments.comment;

import dev.ordo.comments.attachment.AttachmentResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A comment as the API shows it, with the current names of its author and of whom it mentions. */
public record CommentResponse(
        UUID id,
        UUID projectId,
        @Nullable UUID taskId,
        Person author,
        String text,
        List<MentionResponse> mentions,
        List<ReactionResponse> reactions,
        List<AttachmentResponse> attachments,
        Instant createdAt,
        @Nullable Instant editedAt,
        long version) {

    /** A user and their current name (empty when the service has not heard of them yet). */
    public record Person(UUID id, String name) {}

    public record MentionResponse(UUID userId, String name) {}

    /** Everyone who reacted with one emoji, in the order they did; {@code mine}: the caller is one of them. */
    public record ReactionResponse(String emoji, int count, List<UUID> userIds, boolean mine) {}
}
