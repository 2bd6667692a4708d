package dev.ordo.tasks.task;

import dev.ordo.platform.web.ApiException;
import dev.ordo.tasks.access.ProjectAccess;
import dev.ordo.tasks.section.Section;
import dev.ordo.tasks.section.Sections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Checks of where a task may sit and who may be on it, shared by creating, changing and moving tasks. */
@Component
class TaskPlaces {

    static final Comparator<String> LABEL_ORDER = Comparator.comparing(
                    (String s) -> s.toLowerCase(java.util.Locale.ROOT))
            .thenComparing(Comparator.naturalOrder());

    private final Tasks tasks;
    private final Sections sections;
    private final ProjectAccess access;

    TaskPlaces(Tasks tasks, Sections sections, ProjectAccess access) {
        this.tasks = tasks;
        this.sections = sections;
        this.access = access;
    }

    /** The task, if the caller is a member of its project; else it does not exist for them (404). */
    Task visible(UUID taskId, UUID caller) {
        return tasks.byId(taskId)
                .filter(t -> access.isMember(t.projectId(), caller))
                .orElseThrow(TaskPlaces::noSuchTask);
    }

    /** A task named in a request body as parent; 400 when the caller cannot see it. */
    Task parent(UUID parentId, UUID caller) {
        return tasks.byId(parentId)
                .filter(t -> access.isMember(t.projectId(), caller))
                .orElseThrow(() -> ApiException.badRequest("'parentId' is no task you can see."));
    }

    /** The depth of a subtask of {@code parent}; 400 when it would nest deeper than four levels. */
    static int depthUnder(Task parent, int heightOfSubtree) {
        int depth = parent == null ? 0 : parent.depth() + 1;
        if (depth + heightOfSubtree > Task.MAX_DEPTH) {
            throw ApiException.badRequest("Subtasks nest at most " + (Task.MAX_DEPTH + 1)
                    + " levels deep (a task and three levels of subtasks).");
        }
        return depth;
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
                .orElseThrow(() -> ApiException.badRequest("'sectionId' is no section of the task's project."));
        if (parent != null && !section.id().equals(parent.sectionId())) {
            throw ApiException.badRequest("A subtask sits in its parent's section; leave 'sectionId' out.");
        }
        return section.id();
    }

    /** 400 unless the assignee is a member of the project. */
    UUID assignee(UUID assigneeId, UUID projectId) {
        if (assigneeId != null && !access.isMember(projectId, assigneeId)) {
            throw ApiException.badRequest("'assigneeId' must be a member of the task's project.");
        }
        return assigneeId;
    }

    static List<String> sorted(List<String> labels) {
        return labels.stream().sorted(LABEL_ORDER).toList();
    }

    static ApiException noSuchTask() {
        return ApiException.notFound("There is no such task.");
    }
}
