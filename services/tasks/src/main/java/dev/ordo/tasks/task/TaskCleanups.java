package dev.ordo.tasks.task;

import dev.ordo.tasks.label.LabelUsage;
import dev.ordo.tasks.section.SectionTasks;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What happens to tasks when a label or a section they use changes: done here, so that labels and sections
 * need not know tasks. Runs inside the label's or section's transaction; every task changed tells so.
 */
@Component
class TaskCleanups implements LabelUsage, SectionTasks {

    private final Tasks tasks;
    private final TaskEventLog events;
    private final Clock clock;

    TaskCleanups(Tasks tasks, TaskEventLog events, Clock clock) {
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void renamed(UUID ownerId, String from, String to) {
        for (Task task : tasks.createdByWithLabel(ownerId, from)) {
            List<String> labels = new ArrayList<>();
            task.labels().stream()
                    .filter(l -> !l.equalsIgnoreCase(from) && !l.equalsIgnoreCase(to))
                    .forEach(labels::add);
            labels.add(to);
            relabel(task, labels, ownerId);
        }
    }

    @Override
    public void removed(UUID ownerId, String name) {
        for (Task task : tasks.createdByWithLabel(ownerId, name)) {
            relabel(
                    task,
                    task.labels().stream()
                            .filter(l -> !l.equalsIgnoreCase(name))
                            .toList(),
                    ownerId);
        }
    }

    @Override
    public void detachAll(UUID sectionId, UUID actor) {
        Instant now = now();
        for (Task task : tasks.inSection(sectionId)) {
            Task after = task.moveTo(
                    task.projectId(), null, task.parentId(), task.depth(), task.position(), task.assigneeId(), now);
            tasks.update(after, false);
            events.moved(task, after, actor);
        }
    }

    @Override
    public void deleteAll(UUID sectionId, UUID actor) {
        List<Task> doomed = tasks.inSectionWithSubtasks(sectionId);
        tasks.delete(doomed.stream().map(Task::id).toList());
        doomed.reversed().forEach(t -> events.deleted(t, TaskEventLog.DELETED, actor));
    }

    private void relabel(Task task, List<String> labels, UUID actor) {
        Task after = task.relabel(labels, now());
        tasks.update(after, true);
        events.updated(after, List.of("labels"), actor);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
