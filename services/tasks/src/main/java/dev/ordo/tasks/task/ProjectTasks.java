package dev.ordo.tasks.task;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the projects service's events do to tasks. Runs inside the event consumer's transaction. */
@Service
public class ProjectTasks {

    private final Tasks tasks;
    private final TaskEventLog events;
    private final Clock clock;

    ProjectTasks(Tasks tasks, TaskEventLog events, Clock clock) {
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    /** The project is gone: so are its tasks, each with task.deleted (reason project-deleted). */
    @Transactional
    public int deleteAllOf(UUID projectId, UUID actor) {
        List<Task> doomed = tasks.inProject(projectId);
        tasks.delete(doomed.stream().map(Task::id).toList());
        doomed.reversed().forEach(t -> events.deleted(t, TaskEventLog.PROJECT_DELETED, actor));
        return doomed.size();
    }

    /** A member left the project: their tasks there are unassigned, each with task.assigned (reason member-removed). */
    @Transactional
    public int unassign(UUID projectId, UUID userId, UUID actor) {
        List<Task> assigned = tasks.assignedIn(projectId, userId);
        for (Task task : assigned) {
            Task after = task.assign(null, clock.instant().truncatedTo(ChronoUnit.MICROS));
            tasks.update(after, false);
            events.assigned(after, userId, TaskEventLog.MEMBER_REMOVED, actor);
        }
        return assigned.size();
    }
}
