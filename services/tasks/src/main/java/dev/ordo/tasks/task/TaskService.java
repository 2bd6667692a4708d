package dev.ordo.tasks.task;

import dev.ordo.platform.web.ApiException;
import dev.ordo.tasks.access.Permission;
import dev.ordo.tasks.access.ProjectAccess;
import dev.ordo.tasks.access.ProjectReplicas;
import dev.ordo.tasks.label.LabelService;
import dev.ordo.tasks.query.Due;
import dev.ordo.tasks.query.Priority;
import dev.ordo.tasks.web.ETags;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, reading, changing and deleting tasks: each change is stored with its events, in one transaction. */
@Service
public class TaskService {

    private final Tasks tasks;
    private final TaskPlaces places;
    private final ProjectAccess access;
    private final ProjectReplicas projects;
    private final LabelService labels;
    private final Dues dues;
    private final TaskEventLog events;
    private final RulePriorities rules;
    private final TaskPositions positions;
    private final Clock clock;

    TaskService(
            Tasks tasks,
            TaskPlaces places,
            ProjectAccess access,
            ProjectReplicas projects,
            LabelService labels,
            Dues dues,
            TaskEventLog events,
            RulePriorities rules,
            TaskPositions positions,
            Clock clock) {
        this.tasks = tasks;
        this.places = places;
        this.access = access;
        this.projects = projects;
        this.labels = labels;
        this.dues = dues;
        this.events = events;
        this.rules = rules;
        this.positions = positions;
        this.clock = clock;
    }

    @Transactional
    public TaskView create(UUID caller, CreateTaskRequest r) {
        Due due = r.due() == null ? null : dues.resolve(r.due(), caller);
        return create(
                caller,
                new NewTask(
                        TaskTexts.title(r.title()),
                        TaskTexts.description(r.description()),
                        r.projectId(),
                        r.sectionId(),
                        r.parentId(),
                        r.status(),
                        r.priority(),
                        due,
                        r.deadline(),
                        r.duration() == null ? null : r.duration().toDuration(),
                        r.assigneeId(),
                        r.labels(),
                        r.position()));
    }

    /**
     * Creates the task in its project (the parent's, else my Inbox, unless one is given); the project's
     * priority rules then have their say.
     */
    @Transactional
    public TaskView create(UUID caller, NewTask n) {
        Task parent = n.parentId() == null ? null : places.parent(n.parentId(), caller);
        UUID projectId = n.projectId() != null
                ? n.projectId()
                : parent != null
                        ? parent.projectId()
                        : projects.inboxOf(caller)
                                .orElseThrow(
                                        () -> ApiException.conflict(
                                                "Your Inbox is not known here yet; give a projectId, or try again in a moment."));
        access.require(projectId, caller, Permission.WRITE);
        if (parent != null) {
            tasks.lockTrees(List.of(projectId));
            parent = places.parent(parent.id(), caller); // as it is now, with no move under way
            if (!parent.projectId().equals(projectId)) {
                throw ApiException.badRequest("'parentId' must be a task of the same project.");
            }
        }
        int depth = TaskPlaces.depthUnder(parent, 0);
        UUID sectionId = places.section(n.sectionId(), projectId, parent);
        UUID assigneeId = places.assignee(n.assigneeId(), projectId);
        List<String> labelNames = TaskPlaces.sorted(labels.ensure(caller, n.labels(), "labels"));
        UUID parentId = parent == null ? null : parent.id();
        long position = n.position() != null ? n.position() : positions.next(projectId, parentId, null, caller);
        TaskStatus status = n.status() == null ? TaskStatus.PENDING : n.status();
        Instant now = now();
        Task task = new Task(
                UUID.randomUUID(),
                projectId,
                sectionId,
                parentId,
                depth,
                TaskTexts.title(n.title()),
                TaskTexts.description(n.description()),
                status,
                n.priority() == null ? Priority.LOW : n.priority(),
                n.due(),
                n.deadline(),
                n.duration(),
                assigneeId,
                labelNames,
                position,
                caller,
                now,
                now,
                status == TaskStatus.COMPLETED ? now : null,
                0);
        tasks.add(task);
        events.created(task, caller);
        rules.apply(task, caller);
        return tasks.view(task.id()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public TaskView get(UUID caller, UUID id) {
        return tasks.view(places.visible(id, caller).id()).orElseThrow(TaskPlaces::noSuchTask);
    }

    /**
     * Applies the changes, one version on. Events: task.updated for plain fields (and PENDING ↔ IN_PROGRESS),
     * task.priority-changed, task.assigned, and task.completed / cancelled / reopened, each as it applies.
     */
    @Transactional
    public TaskView update(UUID caller, UUID id, TaskChanges c, Long expectedVersion) {
        places.visible(id, caller);
        Task before = tasks.lock(id).orElseThrow(TaskPlaces::noSuchTask);
        access.require(before.projectId(), caller, Permission.WRITE);
        ETags.check(expectedVersion, before.version());
        List<String> changed = new ArrayList<>();
        String title = pick(c.title(), before.title(), "title", changed);
        String description = clearable(c.description(), before.description(), "description", changed);
        TaskStatus status = pick(c.status(), before.status(), "status", changed);
        Priority priority = pick(c.priority(), before.priority(), "priority", changed);
        Due due = clearable(
                c.due() == null ? null : c.due().map(d -> dues.resolve(d, caller)), before.due(), "due", changed);
        var deadline = clearable(c.deadline(), before.deadline(), "deadline", changed);
        TaskDuration duration = clearable(c.duration(), before.duration(), "duration", changed);
        UUID assigneeId = clearable(c.assigneeId(), before.assigneeId(), "assigneeId", changed);
        if (changed.contains("assigneeId")) {
            places.assignee(assigneeId, before.projectId());
        }
        List<String> labelNames = pick(
                c.labels() == null ? null : TaskPlaces.sorted(labels.ensure(caller, c.labels(), "labels")),
                before.labels(),
                "labels",
                changed);
        long position = pick(c.position(), before.position(), "position", changed);
        if (changed.isEmpty()) {
            return tasks.view(id).orElseThrow();
        }
        Instant now = now();
        Instant completedAt = status != TaskStatus.COMPLETED
                ? null
                : before.status() == TaskStatus.COMPLETED ? before.completedAt() : now;
        Task after = new Task(
                id,
                before.projectId(),
                before.sectionId(),
                before.parentId(),
                before.depth(),
                title,
                description,
                status,
                priority,
                due,
                deadline,
                duration,
                assigneeId,
                labelNames,
                position,
                before.createdBy(),
                before.createdAt(),
                now,
                completedAt,
                before.version() + 1);
        tasks.update(after, changed.contains("labels"));
        publish(before, after, changed, caller);
        rules.apply(after, caller);
        return tasks.view(id).orElseThrow();
    }

    /** Deletes the task with all its subtasks, each with its task.deleted event (subtasks first). */
    @Transactional
    public void delete(UUID caller, UUID id, Long expectedVersion) {
        Task seen = places.visible(id, caller);
        access.require(seen.projectId(), caller, Permission.WRITE);
        tasks.lockTrees(List.of(seen.projectId()));
        Task task = tasks.lock(id).orElseThrow(TaskPlaces::noSuchTask);
        if (!task.projectId().equals(seen.projectId())) {
            throw ApiException.conflict("The task was moved meanwhile; try again.");
        }
        ETags.check(expectedVersion, task.version());
        List<Task> subtree = tasks.subtree(id);
        tasks.delete(subtree.stream().map(Task::id).toList());
        subtree.reversed().forEach(t -> events.deleted(t, TaskEventLog.DELETED, caller));
    }

    private void publish(Task before, Task after, List<String> changed, UUID caller) {
        boolean statusEvent = changed.contains("status")
                && (!before.status().open() || !after.status().open());
        List<String> plain = changed.stream()
                .filter(f -> !f.equals("priority") && !f.equals("assigneeId") && !(f.equals("status") && statusEvent))
                .toList();
        if (!plain.isEmpty()) {
            events.updated(after, plain, caller);
        }
        if (changed.contains("priority")) {
            events.priorityChanged(after, before.priority(), null, caller);
        }
        if (changed.contains("assigneeId")) {
            events.assigned(after, before.assigneeId(), TaskEventLog.ASSIGNED, caller);
        }
        if (statusEvent) {
            events.statusChanged(after, before.status(), caller);
        }
    }

    /** The requested value (null: unchanged), noted as a change if it differs from the current one. */
    private static <T> T pick(T requested, T current, String field, List<String> changed) {
        if (requested == null) {
            return current;
        }
        if (!Objects.equals(requested, current)) {
            changed.add(field);
        }
        return requested;
    }

    /** As {@link #pick(Object, Object, String, List)} for a field that can be cleared (empty Optional). */
    private static <T> T clearable(Optional<T> requested, T current, String field, List<String> changed) {
        if (requested == null) {
            return current;
        }
        T value = requested.orElse(null);
        if (!Objects.equals(value, current)) {
            changed.add(field);
        }
        return value;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
