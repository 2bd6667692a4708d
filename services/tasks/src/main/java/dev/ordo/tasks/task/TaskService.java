package dev.ordo.tasks.task;

import dev.ordo.platform.problems.Conflict;
import dev.ordo.platform.problems.InvalidInput;
import dev.ordo.platform.web.etag.ETags;
import dev.ordo.platform.web.patch.Patch;
import dev.ordo.tasks.access.Permission;
import dev.ordo.tasks.access.ProjectAccess;
import dev.ordo.tasks.label.LabelService;
import dev.ordo.tasks.query.Due;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, reading, changing and deleting tasks: each change is stored with its events, in one transaction. */
@Service
public class TaskService {

    private final Tasks tasks;
    private final TaskPlacement placement;
    private final ProjectAccess access;
    private final LabelService labels;
    private final DueResolver dues;
    private final TaskEventLog events;
    private final RulePriorities rules;
    private final TaskPositions positions;
    private final Completions completions;
    private final Clock clock;

    TaskService(
            Tasks tasks,
            TaskPlacement placement,
            ProjectAccess access,
            LabelService labels,
            DueResolver dues,
            TaskEventLog events,
            RulePriorities rules,
            TaskPositions positions,
            Completions completions,
            Clock clock) {
        this.tasks = tasks;
        this.placement = placement;
        this.access = access;
        this.labels = labels;
        this.dues = dues;
        this.events = events;
        this.rules = rules;
        this.positions = positions;
        this.completions = completions;
        this.clock = clock;
    }

    @Transactional
    public TaskView create(UUID caller, CreateTaskRequest r) {
        Due due = r.due() == null ? null : dues.resolve(r.due(), caller);
        return create(
                caller,
                new NewTask(
                        r.title(),
                        r.description(),
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
        Task parent = n.parentId() == null ? null : placement.parent(n.parentId(), caller);
        ProjectAccess.Target target = access.requireWriteTarget(
                n.projectId() != null ? n.projectId() : parent != null ? parent.projectId() : null, caller);
        UUID projectId = target.projectId();
        if (parent != null) {
            tasks.lockTrees(List.of(projectId));
            parent = placement.parent(parent.id(), caller); // as it is now, with no move under way
            if (!parent.projectId().equals(projectId)) {
                throw new InvalidInput("'parentId' must be a task of the same project.");
            }
        }
        UUID parentId = parent == null ? null : parent.id();
        Task task = Task.create(
                n,
                UUID.randomUUID(),
                projectId,
                placement.section(n.sectionId(), projectId, parent),
                parentId,
                Task.depthUnder(parent, 0),
                placement.assignee(n.assigneeId(), projectId),
                labels.ensure(caller, n.labels(), "labels"),
                n.position() != null ? n.position() : 0,
                caller,
                now());
        Tasks.Added added = tasks.addNew(task, n.position() != null)
                .orElseGet(() -> tasks.addNew(task.atPosition(positions.next(projectId, parentId, null, caller)), true)
                        .orElseThrow());
        Task written = task.atPosition(added.task().position());
        events.membersKnown(projectId, target.members());
        events.created(written, caller);
        Task after = added.projectHasRules() ? rules.apply(written, caller) : written;
        // what was just written, as a read would answer it: a new task has no subtasks and no comments yet
        return new TaskView(after.withLabels(added.task().labels()), 0, 0);
    }

    @Transactional(readOnly = true)
    public TaskView get(UUID caller, UUID id) {
        return tasks.view(placement.visible(id, caller).id()).orElseThrow(Task::notFound);
    }

    /**
     * Applies the merge patch, one version on. Events: task.updated for plain fields (and PENDING ↔
     * IN_PROGRESS), task.priority-changed, task.assigned, and task.completed / cancelled / reopened, each as
     * it applies.
     */
    @Transactional
    public TaskView update(UUID caller, UUID id, UpdateTaskRequest request, Long expectedVersion) {
        placement.visible(id, caller);
        Task before = tasks.lock(id).orElseThrow(Task::notFound);
        access.require(before.projectId(), caller, Permission.WRITE);
        ETags.check(expectedVersion, before.version());
        Task.Changed change = before.apply(changes(request, caller), now());
        if (!change.any()) {
            return tasks.view(id).orElseThrow();
        }
        if (change.touched("assigneeId")) {
            placement.assignee(change.after().assigneeId(), before.projectId());
        }
        tasks.update(change.after(), change.touched("labels"));
        recordCompletion(change, caller);
        publish(change, caller);
        rules.apply(change.after(), caller);
        return tasks.view(id).orElseThrow();
    }

    /** Deletes the task with all its subtasks, each with its task.deleted event (subtasks first). */
    @Transactional
    public void delete(UUID caller, UUID id, Long expectedVersion) {
        Task seen = placement.visible(id, caller);
        access.require(seen.projectId(), caller, Permission.WRITE);
        tasks.lockTrees(List.of(seen.projectId()));
        Task task = tasks.lock(id).orElseThrow(Task::notFound);
        if (!task.projectId().equals(seen.projectId())) {
            throw new Conflict("The task was moved meanwhile; try again.");
        }
        ETags.check(expectedVersion, task.version());
        List<Task> subtree = tasks.subtree(id);
        tasks.delete(subtree.stream().map(Task::id).toList());
        subtree.reversed().forEach(t -> events.deleted(t, TaskEventLog.DELETED, caller));
    }

    /** The request with what only the service can know: the due in the caller's zone, labels made theirs. */
    private TaskChanges changes(UpdateTaskRequest r, UUID caller) {
        Patch<List<String>> labelNames = r.labels().isPresent()
                ? Patch.of(labels.ensure(caller, r.labels().valueOrNull(), "labels"))
                : Patch.absent();
        return new TaskChanges(
                r.title(),
                r.description(),
                r.status(),
                r.priority(),
                r.due().map(d -> dues.resolve(d, caller)),
                r.deadline(),
                r.duration().map(DurationRequest::toDuration),
                r.assigneeId(),
                labelNames,
                r.position());
    }

    /** A completion through PATCH is one like any (a row of the completed list); reopening forgets it. */
    private void recordCompletion(Task.Changed change, UUID caller) {
        Task before = change.before();
        Task after = change.after();
        if (!change.touched("status")) {
            return;
        }
        if (after.status() == TaskStatus.COMPLETED) {
            completions.record(before, caller, after.updatedAt());
        } else if (before.status() == TaskStatus.COMPLETED) {
            completions.latest(before.id()).ifPresent(c -> completions.delete(c.id()));
        }
    }

    private void publish(Task.Changed change, UUID caller) {
        Task before = change.before();
        Task after = change.after();
        boolean statusEvent = change.touched("status")
                && (!before.status().open() || !after.status().open());
        List<String> plain = change.fields().stream()
                .filter(f -> !f.equals("priority") && !f.equals("assigneeId") && !(f.equals("status") && statusEvent))
                .toList();
        if (!plain.isEmpty()) {
            events.updated(after, plain, caller);
        }
        if (change.touched("priority")) {
            events.priorityChanged(after, before.priority(), null, caller);
        }
        if (change.touched("assigneeId")) {
            events.assigned(after, before.assigneeId(), TaskEventLog.ASSIGNED, caller);
        }
        if (statusEvent) {
            events.statusChanged(after, before.status(), caller);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
