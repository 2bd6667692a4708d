package dev.ordo.tasks.task;

import dev.ordo.contracts.tasks.TaskEvents;
import dev.ordo.platform.problems.InvalidInput;
import dev.ordo.platform.problems.NotFound;
import dev.ordo.platform.web.patch.Patch;
import dev.ordo.tasks.query.Due;
import dev.ordo.tasks.query.Priority;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A task, and the rules of changing one: each change ({@link #apply}, {@link #complete}, {@link #reopen},
 * {@link #moveTo}, {@link #prioritize}, {@link #assign}, {@link #relabel}) answers the task one version on,
 * stamped {@code now}; the caller stores it and tells the events. {@code depth} is 0 for a top-level task
 * and at most {@link #MAX_DEPTH} for a subtask; {@code version} is the ETag. {@code labels} are names in
 * {@link #LABEL_ORDER}.
 */
public record Task(
        UUID id,
        UUID projectId,
        UUID sectionId,
        UUID parentId,
        int depth,
        String title,
        String description,
        TaskStatus status,
        Priority priority,
        Due due,
        LocalDate deadline,
        TaskDuration duration,
        UUID assigneeId,
        List<String> labels,
        long position,
        UUID createdBy,
        Instant createdAt,
        Instant updatedAt,
        Instant completedAt,
        long version) {

    /** Four levels: a task and three levels of subtasks below it. */
    public static final int MAX_DEPTH = 3;

    static final int MAX_TITLE = 500;
    static final int MAX_DESCRIPTION_BYTES = 16 * 1024;
    static final int MAX_LABELS = 50;
    static final Comparator<String> LABEL_ORDER =
            Comparator.comparing((String s) -> s.toLowerCase(Locale.ROOT)).thenComparing(Comparator.naturalOrder());

    /** A change and the fields it changed (by their API names); none when it changed nothing. */
    public record Changed(Task before, Task after, List<String> fields) {
        boolean any() {
            return !fields.isEmpty();
        }

        boolean touched(String field) {
            return fields.contains(field);
        }
    }

    /** A new task, version 0; completed at once when it is created completed. */
    static Task create(
            NewTask n,
            UUID id,
            UUID projectId,
            UUID sectionId,
            UUID parentId,
            int depth,
            UUID assigneeId,
            List<String> labels,
            long position,
            UUID createdBy,
            Instant now) {
        TaskStatus status = n.status() == null ? TaskStatus.PENDING : n.status();
        return new Task(
                id,
                projectId,
                sectionId,
                parentId,
                depth,
                cleanTitle(n.title()),
                cleanDescription(n.description()),
                status,
                n.priority() == null ? Priority.LOW : n.priority(),
                n.due(),
                n.deadline(),
                n.duration(),
                assigneeId,
                inLabelOrder(labels),
                position,
                createdBy,
                now,
                now,
                status == TaskStatus.COMPLETED ? now : null,
                0);
    }

    /**
     * Applies a merge patch of the plain fields (title, description, status, priority, due, deadline, duration,
     * assignee, labels, position); completing or reopening through {@code status} keeps {@code completedAt}
     * right. Moving is {@link #moveTo}.
     */
    Changed apply(TaskChanges c, Instant now) {
        List<String> fields = new ArrayList<>();
        TaskDraft d = new TaskDraft(this);
        d.title = pick(c.title().map(Task::cleanTitle), title, "title", fields);
        Patch<String> newDescription =
                c.description().isCleared() ? Patch.of("") : c.description().map(Task::cleanDescription);
        d.description = pick(newDescription, description, "description", fields);
        d.status = pick(c.status(), status, "status", fields);
        d.priority = pick(c.priority(), priority, "priority", fields);
        d.due = pick(c.due(), due, "due", fields);
        d.deadline = pick(c.deadline(), deadline, "deadline", fields);
        d.duration = pick(c.duration(), duration, "duration", fields);
        d.assigneeId = pick(c.assigneeId(), assigneeId, "assigneeId", fields);
        d.labels = pick(c.labels().map(Task::inLabelOrder), labels, "labels", fields);
        d.position = pick(c.position(), position, "position", fields);
        if (fields.isEmpty()) {
            return new Changed(this, this, List.of());
        }
        d.completedAt = d.status != TaskStatus.COMPLETED ? null : status == TaskStatus.COMPLETED ? completedAt : now;
        return new Changed(this, d.next(now), List.copyOf(fields));
    }

    /** Done: {@code completedAt} is now (kept if it was done already). */
    Changed complete(Instant now) {
        return apply(TaskChanges.status(TaskStatus.COMPLETED), now);
    }

    /** Open again: back to pending, {@code completedAt} cleared. */
    Changed reopen(Instant now) {
        return apply(TaskChanges.status(TaskStatus.PENDING), now);
    }

    /** A recurring task on another occurrence (the next, when one is closed; the one it was closed on, when reopened). */
    Task onNextOccurrence(Due next, Instant now) {
        TaskDraft d = new TaskDraft(this);
        d.due = next;
        return d.next(now);
    }

    /** The same task in another place (project, section, parent, depth, position), with the assignee it keeps there. */
    Task moveTo(UUID projectId, UUID sectionId, UUID parentId, int depth, long position, UUID assigneeId, Instant now) {
        TaskDraft d = new TaskDraft(this);
        d.projectId = projectId;
        d.sectionId = sectionId;
        d.parentId = parentId;
        d.depth = depth;
        d.position = position;
        d.assigneeId = assigneeId;
        return d.next(now);
    }

    /** Its subtree moved: the same task at another depth (not part of the published state, no new version). */
    Task atDepth(int depth) {
        TaskDraft d = new TaskDraft(this);
        d.depth = depth;
        return d.build();
    }

    Task prioritize(Priority priority, Instant now) {
        TaskDraft d = new TaskDraft(this);
        d.priority = priority;
        return d.next(now);
    }

    Task assign(UUID assigneeId, Instant now) {
        TaskDraft d = new TaskDraft(this);
        d.assigneeId = assigneeId;
        return d.next(now);
    }

    Task relabel(List<String> labels, Instant now) {
        TaskDraft d = new TaskDraft(this);
        d.labels = inLabelOrder(labels);
        return d.next(now);
    }

    /** As read from the database, with its labels (which live in their own table). */
    Task withLabels(List<String> labels) {
        TaskDraft d = new TaskDraft(this);
        d.labels = List.copyOf(labels);
        return d.build();
    }

    /** The same new task at the position the database gave it (not a change: no new version). */
    Task atPosition(long newPosition) {
        TaskDraft d = new TaskDraft(this);
        d.position = newPosition;
        return d.build();
    }

    /** The depth of a subtask of {@code parent} whose own subtree is {@code heightOfSubtree} deep; 400 past four levels. */
    static int depthUnder(Task parent, int heightOfSubtree) {
        int depth = parent == null ? 0 : parent.depth() + 1;
        if (depth + heightOfSubtree > MAX_DEPTH) {
            throw new InvalidInput(
                    "Subtasks nest at most " + (MAX_DEPTH + 1) + " levels deep (a task and three levels of subtasks).");
        }
        return depth;
    }

    /** The title as stored: stripped, 1 to 500 characters. */
    static String cleanTitle(String title) {
        String stripped = title == null ? "" : title.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_TITLE) {
            throw new InvalidInput("'title' must be 1 to " + MAX_TITLE + " characters.");
        }
        return stripped;
    }

    /** The description as stored: never null; at most 16 KB in UTF-8. */
    static String cleanDescription(String description) {
        if (description == null) {
            return "";
        }
        if (description.getBytes(StandardCharsets.UTF_8).length > MAX_DESCRIPTION_BYTES) {
            throw new InvalidInput(
                    "'description' must be at most 16 KB (" + MAX_DESCRIPTION_BYTES + " bytes in UTF-8).");
        }
        return description;
    }

    static List<String> inLabelOrder(List<String> labels) {
        return labels.stream().sorted(LABEL_ORDER).toList();
    }

    static NotFound notFound() {
        return new NotFound("There is no such task.");
    }

    public TaskEvents.TaskState state() {
        return new TaskEvents.TaskState(
                id,
                projectId,
                sectionId,
                parentId,
                title,
                status.name(),
                priority.name(),
                due == null ? null : due.date(),
                due == null ? null : due.datetime(),
                due == null || due.timezone() == null ? null : due.timezone().getId(),
                deadline,
                assigneeId,
                labels,
                createdBy,
                createdAt,
                completedAt,
                version,
                due == null ? null : due.string(),
                due == null ? null : due.recurrence(),
                due != null && due.fromCompletion(),
                duration == null ? null : duration.amount() * (duration.unit().equals("day") ? 1440 : 1),
                description);
    }

    /** The member's new value, noted as a change of {@code field} when it differs from the current one. */
    private static <T> T pick(Patch<T> requested, T current, String field, List<String> changed) {
        T value = requested.orElse(current);
        if (requested.isPresent() && !Objects.equals(value, current) && !changed.contains(field)) {
            changed.add(field);
        }
        return value;
    }
}
