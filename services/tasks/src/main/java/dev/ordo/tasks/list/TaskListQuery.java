package dev.ordo.tasks.list;

import dev.ordo.tasks.query.Priority;
import dev.ordo.tasks.task.TaskStatus;
import java.util.Set;
import java.util.UUID;

/**
 * What a task list asks for; null means "any". {@code statuses} null means the open ones (PENDING,
 * IN_PROGRESS) unless the filter query speaks of status itself.
 */
record TaskListQuery(
        UUID projectId,
        UUID sectionId,
        UUID parentId,
        String label,
        UUID assigneeId,
        Set<TaskStatus> statuses,
        Set<Priority> priorities,
        String filter,
        UUID savedFilter,
        View view,
        TaskSort sort) {}
