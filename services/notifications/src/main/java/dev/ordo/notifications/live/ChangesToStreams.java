package dev.ordo.notifications.live;

import dev.ordo.contracts.comments.CommentEvents;
import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.events.EventType;
import dev.ordo.contracts.tasks.TaskEvents;
import dev.ordo.contracts.tasks.TaskEvents.TaskState;
import dev.ordo.notifications.intake.EventReaction;
import dev.ordo.notifications.replica.TaskStates;
import dev.ordo.platform.memberships.ProjectMemberships;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tasks' and comments' changes, told to the streams of every member of the project but the one who made them (the
 * envelope's actor), as {@code change} events: logged in the consumer's transaction (once per event, however often
 * Kafka delivers it), the replicas poked after it commits. Project changes are platform/memberships' events, which
 * notifications does not subscribe to.
 */
@Component
class ChangesToStreams implements EventReaction {

    private static final Set<EventType<?>> TYPES;

    static {
        Set<EventType<?>> types = new HashSet<>(TaskStates.TYPES);
        types.add(TaskEvents.TASK_DELETED);
        types.addAll(CommentEvents.ALL);
        TYPES = Set.copyOf(types);
    }

    /** One change as the stream tells it. */
    record Change(
            String kind,
            String action,
            UUID id,
            UUID projectId,
            @Nullable UUID taskId) {}

    private final ProjectMemberships memberships;
    private final StreamLog streamLog;
    private final FanOut fanOut;
    private final JsonMapper json;

    ChangesToStreams(ProjectMemberships memberships, StreamLog streamLog, FanOut fanOut, JsonMapper json) {
        this.memberships = memberships;
        this.streamLog = streamLog;
        this.fanOut = fanOut;
        this.json = json;
    }

    @Override
    public Set<EventType<?>> types() {
        return TYPES;
    }

    @Override
    public void react(Object data, EventEnvelope<?> event) {
        Change change = change(data);
        Set<UUID> told = new LinkedHashSet<>(memberships.members(change.projectId()));
        if (data instanceof TaskEvents.TaskMoved moved && moved.fromProjectId() != null) {
            // the project it left shows it too, until it hears that it went
            told.addAll(memberships.members(moved.fromProjectId()));
        }
        if (event.actor() != null) {
            told.removeIf(member -> member.toString().equals(event.actor()));
        }
        if (told.isEmpty()) {
            return;
        }
        List<UUID> users = List.copyOf(told);
        streamLog.appendToAll(users, LiveEvents.CHANGE, json.writeValueAsString(payload(change)));
        afterCommit(() -> fanOut.poke(users));
    }

    private static Change change(Object data) {
        return switch (data) {
            case TaskEvents.TaskDeleted d -> new Change("task", "deleted", d.taskId(), d.projectId(), null);
            case CommentEvents.CommentCreated c -> comment("created", c.comment());
            case CommentEvents.CommentUpdated c -> comment("updated", c.comment());
            case CommentEvents.CommentDeleted d ->
                new Change("comment", "deleted", d.commentId(), d.projectId(), d.taskId());
            case CommentEvents.ReactionAdded r ->
                new Change("comment", "updated", r.commentId(), r.projectId(), r.taskId());
            case CommentEvents.ReactionRemoved r ->
                new Change("comment", "updated", r.commentId(), r.projectId(), r.taskId());
            case CommentEvents.AttachmentAdded a ->
                new Change("comment", "updated", a.commentId(), a.projectId(), a.taskId());
            case CommentEvents.AttachmentRemoved a ->
                new Change("comment", "updated", a.commentId(), a.projectId(), a.taskId());
            default -> {
                TaskState task = TaskStates.of(data);
                String action = data instanceof TaskEvents.TaskCreated ? "created" : "updated";
                yield new Change("task", action, task.taskId(), task.projectId(), null);
            }
        };
    }

    private static Change comment(String action, CommentEvents.CommentState c) {
        return new Change("comment", action, c.commentId(), c.projectId(), c.taskId());
    }

    /** As the API writes it: every key present, taskId null for a task. */
    private static Map<String, Object> payload(Change c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", c.kind());
        m.put("action", c.action());
        m.put("id", c.id());
        m.put("projectId", c.projectId());
        m.put("taskId", c.taskId());
        return m;
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
