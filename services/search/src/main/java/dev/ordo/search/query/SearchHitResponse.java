package dev.ordo.search.query;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One search result: what it is, what shows it, and where it matched. */
public record SearchHitResponse(
        @Schema(description = "task, project, comment or event (a calendar event)")
        String type,

        @Schema(description = "the task's, project's, comment's or calendar event's id")
        UUID id,

        @Schema(
                description = "a task's, project's or event's title; for a comment, the title of its task (or the "
                        + "name of its project)")
        String title,

        @Schema(description = "the project it is in; null for a personal calendar event") @Nullable UUID projectId,

        @Nullable String projectName,

        @Schema(description = "the task a comment is on (open it there); null otherwise") @Nullable UUID taskId,

        @Schema(description = "a task's status: PENDING, IN_PROGRESS, COMPLETED or CANCELLED") @Nullable String status,

        @Schema(description = "a task's priority: URGENT, HIGH, MEDIUM or LOW") @Nullable String priority,

        @Schema(description = "a task's due date, or the date a calendar event starts") @Nullable LocalDate due,

        @Schema(description = "the matched fields, title first")
        List<HighlightResponse> highlights) {}
