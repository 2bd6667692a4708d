package dev.ordo.notifications.rule;

import dev.ordo.contracts.comments.CommentEvents;
import dev.ordo.contracts.comments.CommentEvents.CommentState;
import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.notifications.inbox.NotificationRequest;
import dev.ordo.notifications.inbox.NotificationTypes;
import dev.ordo.notifications.inbox.Notifier;
import dev.ordo.notifications.inbox.Subject;
import dev.ordo.notifications.intake.EventReaction;
import dev.ordo.notifications.replica.Task;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who hears of a comment: everyone it mentions for the first time (comment.mentioned), and, for a new comment on a
 * task, the task's creator, its assignee and whoever commented on it before (comment.added), but not the author nor
 * anyone it mentions (they were told already). Only members who can still see the project.
 */
@Configuration(proxyBeanMethods = false)
class CommentRules {

    private static final int EXCERPT = 280;
    private static final Pattern MENTION = Pattern.compile("@\\[([^\\]]*)\\]\\(user:[0-9a-fA-F-]{36}\\)");

    @Bean
    EventReaction commentRule(Notifier notifier, Audience audience, RuleMemory memory) {
        return Reactions.on(Set.of(CommentEvents.COMMENT_CREATED, CommentEvents.COMMENT_UPDATED), (data, event) -> {
            switch (data) {
                case CommentEvents.CommentCreated created -> {
                    CommentState comment = created.comment();
                    mentioned(notifier, audience, comment, comment.mentions(), event);
                    added(notifier, audience, memory, comment, event);
                }
                case CommentEvents.CommentUpdated updated ->
                    mentioned(notifier, audience, updated.comment(), updated.newMentions(), event);
                default -> {}
            }
        });
    }

    private static void mentioned(
            Notifier notifier,
            Audience audience,
            CommentState comment,
            Collection<UUID> mentions,
            EventEnvelope<?> event) {
        if (mentions == null) {
            return;
        }
        for (UUID mentioned : new LinkedHashSet<>(mentions)) {
            tell(notifier, audience, comment, mentioned, NotificationTypes.COMMENT_MENTIONED, event);
        }
    }

    private static void added(
            Notifier notifier, Audience audience, RuleMemory memory, CommentState comment, EventEnvelope<?> event) {
        if (comment.taskId() == null) {
            return;
        }
        Optional<Task> task = audience.task(comment.taskId());
        Set<UUID> told = new LinkedHashSet<>();
        task.map(Task::createdBy).ifPresent(told::add);
        task.map(Task::assigneeId).ifPresent(told::add);
        told.addAll(memory.commenters(comment.taskId()));
        told.remove(comment.authorId());
        told.removeAll(comment.mentions() == null ? List.of() : comment.mentions());
        for (UUID recipient : told) {
            tell(notifier, audience, comment, recipient, NotificationTypes.COMMENT_ADDED, event);
        }
        memory.commented(comment.taskId(), comment.authorId());
    }

    private static void tell(
            Notifier notifier,
            Audience audience,
            CommentState comment,
            UUID recipient,
            String type,
            EventEnvelope<?> event) {
        if (recipient == null || !audience.sees(comment.projectId(), recipient)) {
            return;
        }
        notifier.notify(new NotificationRequest(
                recipient,
                type,
                comment.authorId(),
                new Subject("comment", comment.commentId(), title(audience, comment)),
                event.id().toString(),
                details(comment),
                null,
                comment.projectId()));
    }

    /** The task's title, or the project's name for a comment in a project's own discussion. */
    private static String title(Audience audience, CommentState comment) {
        if (comment.taskId() == null) {
            return audience.projectName(comment.projectId());
        }
        return audience.task(comment.taskId()).map(Task::title).orElse("a task");
    }

    private static Map<String, String> details(CommentState comment) {
        Map<String, String> details = new HashMap<>();
        details.put("projectId", comment.projectId().toString());
        if (comment.taskId() != null) {
            details.put("taskId", comment.taskId().toString());
        }
        details.put("excerpt", excerpt(comment.text()));
        return details;
    }

    /** The text with mentions as "@Name", cut at {@value #EXCERPT} characters. */
    static String excerpt(String text) {
        String plain =
                MENTION.matcher(text == null ? "" : text).replaceAll("@$1").strip();
        return plain.length() <= EXCERPT
                ? plain
                : plain.substring(0, EXCERPT - 1).stripTrailing() + "…";
    }
}
