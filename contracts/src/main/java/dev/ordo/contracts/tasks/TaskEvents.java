package dev.ordo.contracts.tasks;

import dev.ordo.contracts.events.EventType;
import dev.ordo.contracts.events.Topics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The events the tasks service publishes. Task events are keyed by task id on
 * {@value Topics#TASKS_TASK}; each carries the whole task as it is after the change, so search,
 * notifications and analytics need nothing else. Sections and labels have topics of their own.
 */
public final class TaskEvents {

    /**
     * A task after the change. {@code dueDate} is set for every due task; {@code dueDatetime} and
     * {@code dueTimezone} only when the due has a time. Status and priority are upper case.
     *
     * <p>A recurring task is one task whose due moves to its next occurrence when an occurrence is
     * completed: {@code recurrence} is then its rule, RFC 5545 text with a {@code DTSTART} line in the
     * task's zone and an {@code RRULE} line (e.g. {@code DTSTART;TZID=Europe/Paris:20261201T090000} and
     * {@code RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR}), and the due fields hold the current occurrence. The fields
     * after {@code version} were added with recurring tasks: an event written before has them null/false.
     *
     * @param dueString       the words the user gave for the due ("every other monday at 9am"), or null
     * @param recurrence      DTSTART + RRULE of a recurring task, or null when it does not recur
     * @param fromCompletion  the next occurrence counts from the day of completion (Todoist's {@code every!})
     * @param durationMinutes how long the task takes, or null
     * @param description     the task's description (Markdown, at most 16 KB; empty when none), added for search:
     *                        null in an event written before
     */
    public record TaskState(
            UUID taskId,
            UUID projectId,
            UUID sectionId,
            UUID parentId,
            String title,
            String status,
            String priority,
            LocalDate dueDate,
            Instant dueDatetime,
            String dueTimezone,
            LocalDate deadline,
            UUID assigneeId,
            List<String> labels,
            UUID createdBy,
            Instant createdAt,
            Instant completedAt,
            long version,
            String dueString,
            String recurrence,
            boolean fromCompletion,
            Integer durationMinutes,
            String description) {

        /** A task state without its description (as events before search carried it). */
        public TaskState(
                UUID taskId,
                UUID projectId,
                UUID sectionId,
                UUID parentId,
                String title,
                String status,
                String priority,
                LocalDate dueDate,
                Instant dueDatetime,
                String dueTimezone,
                LocalDate deadline,
                UUID assigneeId,
                List<String> labels,
                UUID createdBy,
                Instant createdAt,
                Instant completedAt,
                long version,
                String dueString,
                String recurrence,
                boolean fromCompletion,
                Integer durationMinutes) {
            this(
                    taskId,
                    projectId,
                    sectionId,
                    parentId,
                    title,
                    status,
                    priority,
                    dueDate,
                    dueDatetime,
                    dueTimezone,
                    deadline,
                    assigneeId,
                    labels,
                    createdBy,
                    createdAt,
                    completedAt,
                    version,
                    dueString,
                    recurrence,
                    fromCompletion,
                    durationMinutes,
                    null);
        }

        public boolean recurring() {
            return recurrence != null;
        }
    }

    public record TaskCreated(TaskState task) {}

    public record TaskUpdated(TaskState task, List<String> changedFields) {}

    /**
     * An occurrence was completed. For a task that does not recur, {@code task} is COMPLETED; for a recurring
     * one, {@code task} is already on its next occurrence (still OPEN) unless this was the last one.
     *
     * @param occurrence   the completed occurrence's due date (in the task's zone), or null for a task with
     *                     no due
     * @param occurrenceAt the completed occurrence's instant when the due had a time, else null
     * @param recurring    whether the task recurs (counting streaks needs it)
     */
    public record TaskCompleted(TaskState task, LocalDate occurrence, Instant occurrenceAt, boolean recurring) {}

    /**
     * A completion was undone: the task is OPEN again, a recurring task back on the occurrence it was
     * closed on ({@code occurrence}, null when it had no due).
     */
    public record TaskReopened(TaskState task, LocalDate occurrence) {}

    public record TaskCancelled(TaskState task) {}

    /** @param reason {@code deleted} by a user, or {@code project-deleted} */
    public record TaskDeleted(UUID taskId, UUID projectId, String reason) {}

    public record TaskMoved(TaskState task, UUID fromProjectId, UUID fromSectionId, UUID fromParentId) {}

    /** @param reason {@code assigned} by a user, or {@code member-removed} when unassigned for that */
    public record TaskAssigned(TaskState task, UUID previousAssigneeId, String reason) {}

    /** @param ruleId the priority rule that made the change, or {@code null} when a user did */
    public record TaskPriorityChanged(TaskState task, String previousPriority, UUID ruleId) {}

    public record SectionState(UUID sectionId, UUID projectId, String name, long position) {}

    public record SectionCreated(SectionState section) {}

    public record SectionUpdated(SectionState section, List<String> changedFields) {}

    public record SectionDeleted(UUID sectionId, UUID projectId) {}

    public record LabelState(UUID labelId, UUID ownerId, String name, String color) {}

    public record LabelCreated(LabelState label) {}

    /** @param previousName set when the label was renamed (it is renamed on the owner's tasks too) */
    public record LabelUpdated(LabelState label, String previousName) {}

    public record LabelDeleted(UUID labelId, UUID ownerId, String name) {}

    public static final EventType<TaskCreated> TASK_CREATED = task("task.created", TaskCreated.class);
    public static final EventType<TaskUpdated> TASK_UPDATED = task("task.updated", TaskUpdated.class);
    public static final EventType<TaskCompleted> TASK_COMPLETED = task("task.completed", TaskCompleted.class);
    public static final EventType<TaskReopened> TASK_REOPENED = task("task.reopened", TaskReopened.class);
    public static final EventType<TaskCancelled> TASK_CANCELLED = task("task.cancelled", TaskCancelled.class);
    public static final EventType<TaskDeleted> TASK_DELETED = task("task.deleted", TaskDeleted.class);
    public static final EventType<TaskMoved> TASK_MOVED = task("task.moved", TaskMoved.class);
    public static final EventType<TaskAssigned> TASK_ASSIGNED = task("task.assigned", TaskAssigned.class);
    public static final EventType<TaskPriorityChanged> TASK_PRIORITY_CHANGED =
            task("task.priority-changed", TaskPriorityChanged.class);
    public static final EventType<SectionCreated> SECTION_CREATED =
            new EventType<>("section.created", 1, SectionCreated.class, Topics.TASKS_SECTION);
    public static final EventType<SectionUpdated> SECTION_UPDATED =
            new EventType<>("section.updated", 1, SectionUpdated.class, Topics.TASKS_SECTION);
    public static final EventType<SectionDeleted> SECTION_DELETED =
            new EventType<>("section.deleted", 1, SectionDeleted.class, Topics.TASKS_SECTION);
    public static final EventType<LabelCreated> LABEL_CREATED =
            new EventType<>("label.created", 1, LabelCreated.class, Topics.TASKS_LABEL);
    public static final EventType<LabelUpdated> LABEL_UPDATED =
            new EventType<>("label.updated", 1, LabelUpdated.class, Topics.TASKS_LABEL);
    public static final EventType<LabelDeleted> LABEL_DELETED =
            new EventType<>("label.deleted", 1, LabelDeleted.class, Topics.TASKS_LABEL);

    public static final List<EventType<?>> ALL = List.of(
            TASK_CREATED,
            TASK_UPDATED,
            TASK_COMPLETED,
            TASK_REOPENED,
            TASK_CANCELLED,
            TASK_DELETED,
            TASK_MOVED,
            TASK_ASSIGNED,
            TASK_PRIORITY_CHANGED,
            SECTION_CREATED,
            SECTION_UPDATED,
            SECTION_DELETED,
            LABEL_CREATED,
            LABEL_UPDATED,
            LABEL_DELETED);

    private TaskEvents() {}

    private static <T> EventType<T> task(String name, Class<T> data) {
        return new EventType<>(name, 1, data, Topics.TASKS_TASK);
    }
}
