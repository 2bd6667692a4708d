package dev.ordo.tasks.task;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ordo.tasks.query.Due;
import dev.ordo.tasks.query.Priority;
import dev.ordo.tasks.recur.Recurrence;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A task as clients see it; {@code version} is also its ETag. */
public record TaskResponse(
        UUID id,
        UUID projectId,
        @Nullable UUID sectionId,
        @Nullable UUID parentId,
        String title,
        @Nullable String description,
        TaskStatus status,
        Priority priority,
        @Nullable DueResponse due,
        @Nullable LocalDate deadline,
        @Nullable DurationResponse duration,
        @Nullable UUID assigneeId,
        List<String> labels,
        long position,
        UUID createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant completedAt,
        long version,

        @Schema(description = "How many of its direct subtasks are open")
        int openSubtasks,

        @Schema(description = "How many comments it has (comments on the task, not on its project)")
        int commentCount) {

    /**
     * {@code datetime} and {@code timezone} only for a due with a time; {@code string} the words it was given in;
     * {@code recurrence} the RRULE (without the {@code RRULE:} prefix) of a recurring due, whose current
     * occurrence the date and time are.
     */
    public record DueResponse(
            LocalDate date,
            @Nullable Instant datetime,
            @Nullable String timezone,
            @Nullable String string,
            @JsonProperty("isRecurring") boolean isRecurring,

            @Schema(example = "FREQ=WEEKLY;BYDAY=MO,WE,FR", description = "RRULE, without the prefix") @Nullable String recurrence,

            @Schema(description = "The next occurrence counts from completion (every!)")
            boolean fromCompletion) {

        public static @Nullable DueResponse of(@Nullable Due due) {
            if (due == null) {
                return null;
            }
            return new DueResponse(
                    due.date(),
                    due.datetime(),
                    due.timezone() == null ? null : due.timezone().getId(),
                    due.string(),
                    due.recurring(),
                    due.recurring()
                            ? Recurrence.parse(due.recurrence(), ZoneOffset.UTC).rule()
                            : null,
                    due.fromCompletion());
        }
    }

    public record DurationResponse(int amount, String unit) {}

    public static TaskResponse of(TaskView view) {
        Task t = view.task();
        return new TaskResponse(
                t.id(),
                t.projectId(),
                t.sectionId(),
                t.parentId(),
                t.title(),
                t.description(),
                t.status(),
                t.priority(),
                DueResponse.of(t.due()),
                t.deadline(),
                t.duration() == null
                        ? null
                        : new DurationResponse(
                                t.duration().amount(), t.duration().unit()),
                t.assigneeId(),
                t.labels(),
                t.position(),
                t.createdBy(),
                t.createdAt(),
                t.updatedAt(),
                t.completedAt(),
                t.version(),
                view.openSubtasks(),
                view.commentCount());
    }
}
