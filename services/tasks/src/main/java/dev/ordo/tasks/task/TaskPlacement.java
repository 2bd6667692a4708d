package dev.ordo.tasks.task;

import dev.ordo.platform.problems.InvalidInput;
import dev.ordo.tasks.access.ProjectAccess;
import dev.ordo.tasks.section.Section;
import dev.ordo.tasks.section.Sections;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Where a task may sit and who may be on it, as the caller sees it: the tasks they may see (else they do not
 * exist for them), a parent, a section of the project, an assignee who is a member. Shared by creating,
 * changing and moving tasks.
 */
@Component
class TaskPlacement {

    private final Tasks tasks;
    private final Sections sections;
    private final ProjectAccess access;

    TaskPlacement(Tasks tasks, Sections sections, ProjectAccess access) {
        this.tasks = tasks;
        this.sections = sections;
        this.access = access;
    }

    /** The task, if the caller is a member of its project; else it does not exist for them (404). */
    Task visible(UUID taskId, UUID caller) {
        return tasks.byId(taskId)
                .filter(t -> access.isMember(t.projectId(), caller))
                .orElseThrow(Task::notFound);
    }

    /** A task named in a request body as parent; 400 when the caller cannot see it. */
    Task parent(UUID parentId, UUID caller) {
        return tasks.byId(parentId)
                .filter(t -> access.isMember(t.projectId(), caller))
                .orElseThrow(() -> new InvalidInput("'parentId' is no task you can see."));
    }

    /**
     * The section a task gets: the one asked for (it must be the project's), or under a parent the
     * parent's (a subtask sits in its parent's section).
     */
    UUID section(UUID sectionId, UUID projectId, Task parent) {
        if (sectionId == null) {
            return parent == null ? null : parent.sectionId();
        }
        Section section = sections.byId(sectionId)
                .filter(s -> s.projectId().equals(projectId))
                .orElseThrow(() -> new InvalidInput("'sectionId' is no section of the task's project."));
        if (parent != null && !section.id().equals(parent.sectionId())) {
            throw new InvalidInput("A subtask sits in its parent's section; leave 'sectionId' out.");
        }
        return section.id();
    }

    /** 400 unless the assignee is a member of the project. */
    UUID assignee(UUID assigneeId, UUID projectId) {
        if (assigneeId != null && !access.isMember(projectId, assigneeId)) {
            throw new InvalidInput("'assigneeId' must be a member of the task's project.");
        }
        return assigneeId;
    }
}
