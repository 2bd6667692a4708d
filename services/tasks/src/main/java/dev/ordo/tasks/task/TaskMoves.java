package dev.ordo.tasks.task;

import dev.ordo.platform.problems.Conflict;
import dev.ordo.platform.problems.InvalidInput;
import dev.ordo.platform.web.etag.ETags;
import dev.ordo.tasks.access.Permission;
import dev.ordo.tasks.access.ProjectAccess;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moving a task, with all its subtasks, to another project, section or parent. */
@Service
public class TaskMoves {

    private final Tasks tasks;
    private final TaskPlacement placement;
    private final ProjectAccess access;
    private final TaskEventLog events;
    private final RulePriorities rules;
    private final TaskPositions positions;
    private final Clock clock;

    TaskMoves(
            Tasks tasks,
            TaskPlacement placement,
            ProjectAccess access,
            TaskEventLog events,
            RulePriorities rules,
            TaskPositions positions,
            Clock clock) {
        this.tasks = tasks;
        this.placement = placement;
        this.access = access;
        this.events = events;
        this.rules = rules;
        this.positions = positions;
        this.clock = clock;
    }

    /**
     * Moves the task and its subtasks: the caller must be able to write both projects; the subtree must
     * still fit in four levels, and cannot go under itself. The subtasks follow into the project and
     * section; an assignee who is not a member of the destination is taken off. Each task whose project
     * or section changed tells with task.moved; the destination's priority rules then have their say.
     */
    @Transactional
    public TaskView move(UUID caller, UUID id, MoveTaskRequest m, Long expectedVersion) {
        Task seen = placement.visible(id, caller);
        Task parent = m.parentId() == null ? null : placement.parent(m.parentId(), caller);
        UUID target = m.projectId() != null ? m.projectId() : parent != null ? parent.projectId() : seen.projectId();
        access.require(seen.projectId(), caller, Permission.WRITE);
        access.require(target, caller, Permission.WRITE);
        tasks.lockTrees(List.of(seen.projectId(), target)); // one lock if they are the same
        Task task = tasks.lock(id).orElseThrow(Task::notFound);
        if (!task.projectId().equals(seen.projectId())) {
            throw new Conflict("The task was moved meanwhile; try again.");
        }
        ETags.check(expectedVersion, task.version());
        if (parent != null) {
            parent = placement.parent(parent.id(), caller);
            if (!parent.projectId().equals(target)) {
                throw new InvalidInput("'parentId' must be a task of the destination project.");
            }
        }
        List<Task> subtree = tasks.subtree(id);
        UUID parentId = parent == null ? null : parent.id();
        if (parentId != null && subtree.stream().anyMatch(t -> t.id().equals(parentId))) {
            throw new InvalidInput("A task cannot move under itself or one of its own subtasks.");
        }
        int height = subtree.stream().mapToInt(Task::depth).max().orElse(task.depth()) - task.depth();
        int depth = Task.depthUnder(parent, height);
        UUID sectionId = placement.section(m.sectionId(), target, parent);
        if (target.equals(task.projectId())
                && Objects.equals(sectionId, task.sectionId())
                && Objects.equals(parentId, task.parentId())) {
            return tasks.view(id).orElseThrow();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long position = positions.next(target, parentId, id, caller);
        int shift = depth - task.depth();
        for (Task t : subtree) {
            boolean root = t.id().equals(id);
            boolean elsewhere = root || !target.equals(t.projectId()) || !Objects.equals(sectionId, t.sectionId());
            if (!elsewhere) {
                tasks.update(t.atDepth(t.depth() + shift), false);
                continue;
            }
            UUID assigneeId = t.assigneeId() == null || access.isMember(target, t.assigneeId()) ? t.assigneeId() : null;
            Task after = t.moveTo(
                    target,
                    sectionId,
                    root ? parentId : t.parentId(),
                    t.depth() + shift,
                    root ? position : t.position(),
                    assigneeId,
                    now);
            tasks.update(after, false);
            events.moved(t, after, caller);
            if (!target.equals(t.projectId())) {
                rules.apply(after, caller);
            }
        }
        return tasks.view(id).orElseThrow();
    }
}
