package dev.ordo.comments.comment;

import dev.ordo.comments.attachment.AttachmentResponse;
import dev.ordo.comments.attachment.CommentAttachments;
import dev.ordo.comments.comment.CommentResponse.MentionResponse;
import dev.ordo.comments.comment.CommentResponse.Person;
import dev.ordo.comments.comment.CommentResponse.ReactionResponse;
import dev.ordo.comments.mention.Mentions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Comments as the API shows them: the names of authors and of whom they mention from the user replica, the
 * reactions grouped by emoji, the attachments. A page is read with one query per kind, whatever its size.
 */
@Repository
public class CommentViews {

    private final JdbcClient jdbc;
    private final CommentAttachments files;

    CommentViews(JdbcClient jdbc, CommentAttachments files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    CommentResponse of(Comment comment, UUID viewer) {
        return of(List.of(comment), viewer).getFirst();
    }

    List<CommentResponse> of(List<Comment> comments, UUID viewer) {
        if (comments.isEmpty()) {
            return List.of();
        }
        UUID[] ids = comments.stream().map(Comment::id).toArray(UUID[]::new);
        Set<UUID> people = new HashSet<>();
        comments.forEach(c -> {
            people.add(c.authorId());
            people.addAll(c.mentions());
        });
        Map<UUID, String> names = names(people);
        Map<UUID, List<ReactionResponse>> reactions = reactions(ids, viewer);
        Map<UUID, List<AttachmentResponse>> attachments = files.of(List.of(ids));
        return comments.stream()
                .map(c -> new CommentResponse(
                        c.id(),
                        c.projectId(),
                        c.taskId(),
                        new Person(c.authorId(), names.getOrDefault(c.authorId(), "")),
                        c.text(),
                        mentions(c, names),
                        reactions.getOrDefault(c.id(), List.of()),
                        attachments.getOrDefault(c.id(), List.of()),
                        c.createdAt(),
                        c.editedAt(),
                        c.version()))
                .toList();
    }

    /** A comment's reactions, grouped by emoji in the order each emoji was first used. */
    public List<ReactionResponse> reactions(UUID commentId, UUID viewer) {
        return reactions(new UUID[] {commentId}, viewer).getOrDefault(commentId, List.of());
    }

    /** Someone the replica does not know (yet) is shown with the name the text gives them. */
    private static List<MentionResponse> mentions(Comment c, Map<UUID, String> names) {
        if (c.mentions().isEmpty()) {
            return List.of();
        }
        Mentions written = Mentions.in(c.text());
        return c.mentions().stream()
                .map(u -> new MentionResponse(u, names.getOrDefault(u, written.displayName(u))))
                .toList();
    }

    private Map<UUID, String> names(Set<UUID> users) {
        Map<UUID, String> names = new HashMap<>();
        jdbc.sql("select id, name from user_replica where id = any(:ids)")
                .param("ids", users.toArray(UUID[]::new))
                .query((rs, n) -> names.put(rs.getObject("id", UUID.class), rs.getString("name")))
                .list();
        return names;
    }

    private Map<UUID, List<ReactionResponse>> reactions(UUID[] commentIds, UUID viewer) {
        // comment -> emoji -> users, each in order of first reaction
        Map<UUID, Map<String, List<UUID>>> grouped = new LinkedHashMap<>();
        jdbc.sql("""
                        select comment_id, emoji, user_id from reaction where comment_id = any(:ids)
                        order by created_at, user_id""")
                .param("ids", commentIds)
                .query((rs, n) -> grouped.computeIfAbsent(
                                rs.getObject("comment_id", UUID.class), k -> new LinkedHashMap<>())
                        .computeIfAbsent(rs.getString("emoji"), k -> new ArrayList<>())
                        .add(rs.getObject("user_id", UUID.class)))
                .list();
        Map<UUID, List<ReactionResponse>> result = new HashMap<>();
        grouped.forEach((comment, byEmoji) -> result.put(
                comment,
                byEmoji.entrySet().stream()
                        .map(e -> new ReactionResponse(
                                e.getKey(),
                                e.getValue().size(),
                                List.copyOf(e.getValue()),
                                e.getValue().contains(viewer)))
                        .toList()));
        return result;
    }
}
