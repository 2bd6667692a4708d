package dev.ordo.comments.comment;

import dev.ordo.comments.access.ProjectAccess;
import dev.ordo.comments.mention.Mentions;
import dev.ordo.contracts.comments.CommentEvents.CommentState;
import dev.ordo.contracts.projects.ProjectRole;
import dev.ordo.platform.problems.Forbidden;
import dev.ordo.platform.problems.InvalidInput;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A comment on a task ({@code taskId}) or on a project's own discussion ({@code taskId} null); {@code projectId}
 * is always its project (a task's, which it follows when the task moves). Every change raises {@code version},
 * which is also the aggregate version of its events (reactions and attachments included: one aggregate).
 */
public record Comment(
        UUID id,
        UUID projectId,
        @Nullable UUID taskId,
        UUID authorId,
        String text,
        List<UUID> mentions,
        Instant createdAt,
        @Nullable Instant editedAt,
        long version) {

    public static final int MAX_TEXT = 15_000;

    public Comment {
        mentions = List.copyOf(mentions);
    }

    /** A new comment, version 1; {@code text} checked and trimmed. */
    static Comment write(UUID projectId, @Nullable UUID taskId, UUID author, String text, Instant now) {
        String checked = checkedText(text);
        return new Comment(
                UUID.randomUUID(),
                projectId,
                taskId,
                author,
                checked,
                Mentions.in(checked).users(),
                now,
                null,
                1);
    }

    /**
     * The author's new text. Answers the edit: the comment after it, and the text before it as a revision
     * (when it was written: the last edit, or the creation); {@code null} when the text is the same.
     *
     * @throws Forbidden when anyone but the author edits
     */
    @Nullable Edit edit(UUID editor, String newText, Instant now) {
        if (!authorId.equals(editor)) {
            throw new Forbidden("Only its author can edit a comment.");
        }
        String checked = checkedText(newText);
        if (checked.equals(text)) {
            return null;
        }
        Mentions mentioned = Mentions.in(checked);
        Comment after =
                new Comment(id, projectId, taskId, authorId, checked, mentioned.users(), createdAt, now, version + 1);
        return new Edit(after, text, editedAt == null ? createdAt : editedAt, mentioned.newSince(mentions));
    }

    /** The comment with its version raised: a reaction or an attachment changed it. */
    public Comment touched() {
        return new Comment(id, projectId, taskId, authorId, text, mentions, createdAt, editedAt, version + 1);
    }

    /** The author (while they may still write) and the project's owners and admins delete a comment. */
    void requireMayDelete(UUID caller, ProjectRole role) {
        if (ProjectAccess.moderates(role)) {
            return;
        }
        if (!authorId.equals(caller)) {
            throw new Forbidden("Only its author or the project's owners and admins can delete a comment.");
        }
        if (role == ProjectRole.VIEWER) {
            throw new Forbidden("Viewers of a project can read its discussion but not write in it.");
        }
    }

    /** What the events carry. */
    public CommentState state() {
        return new CommentState(id, projectId, taskId, authorId, text, mentions, createdAt, editedAt, version);
    }

    /** 1 to {@value #MAX_TEXT} characters (code points) once trimmed. */
    static String checkedText(@Nullable String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty() || stripped.codePointCount(0, stripped.length()) > MAX_TEXT) {
            throw new InvalidInput("'text' must be 1 to " + MAX_TEXT + " characters.").with("field", "text");
        }
        return stripped;
    }

    /** An edit: the comment after it, its previous text and when that was written, who is mentioned anew. */
    record Edit(Comment after, String previousText, Instant previousWrittenAt, List<UUID> newMentions) {}
}
