package dev.ordo.tasks.task;

import dev.ordo.platform.web.patch.Patch;
import dev.ordo.tasks.query.Due;
import dev.ordo.tasks.query.Priority;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a change of a task asks for, member by member (a merge patch, its due resolved); see {@link Task#apply}. */
public record TaskChanges(
        Patch<String> title,
        Patch<String> description,
        Patch<TaskStatus> status,
        Patch<Priority> priority,
        Patch<Due> due,
        Patch<LocalDate> deadline,
        Patch<TaskDuration> duration,
        Patch<UUID> assigneeId,
        Patch<List<String>> labels,
        Patch<Long> position) {

    /** Only a new status. */
    static TaskChanges status(TaskStatus status) {
        return new TaskChanges(
                Patch.absent(),
                Patch.absent(),
                Patch.of(status),
                Patch.absent(),
                Patch.absent(),
                Patch.absent(),
                Patch.absent(),
                Patch.absent(),
                Patch.absent(),
                Patch.absent());
    }
}
