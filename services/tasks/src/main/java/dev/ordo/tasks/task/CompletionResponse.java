package dev.ordo.tasks.task;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One completion: a task completed, or one occurrence of a recurring task closed ({@code occurrence} its due
 * date, {@code occurrenceAt} its moment when the due had a time).
 */
public record CompletionResponse(
        UUID id,
        UUID taskId,
        UUID projectId,
        String title,

        @Schema(description = "The due date of what was completed; null when the task had no due") @Nullable LocalDate occurrence,

        @Nullable Instant occurrenceAt,
        boolean recurring,
        Instant completedAt,

        @Schema(description = "How many comments the task has now")
        int commentCount) {

    static CompletionResponse of(Completions.Completion c) {
        return new CompletionResponse(
                c.id(),
                c.taskId(),
                c.projectId(),
                c.title(),
                c.occurrence(),
                c.occurrenceAt(),
                c.recurring(),
                c.completedAt(),
                c.commentCount());
    }
}
