package dev.ordo.tasks.capture;

import dev.ordo.tasks.quickadd.QuickAddParse;
import dev.ordo.tasks.task.TaskResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a quick-add line says, with the spans of the recognised tokens (for highlighting). Nothing is created.
 * {@code unknownProjectName}: a {@code #Name} that is none of my projects; it stays in the title, and a client
 * may offer to create it.
 */
public record QuickAddPreview(
        String title,
        TaskResponse.@Nullable DueResponse due,

        @Schema(allowableValues = {"URGENT", "HIGH", "MEDIUM", "LOW"}) @Nullable String priority,

        @Nullable String projectName,
        @Nullable String sectionName,
        List<String> labels,
        @Nullable String assigneeEmail,
        @Nullable LocalDate deadline,
        TaskResponse.@Nullable DurationResponse duration,
        @Nullable String unknownProjectName,
        List<Token> tokens) {

    /**
     * @param kind date, time, recurrence, deadline, duration, priority, project, unknown-project, section, label or
     *     assignee; end is exclusive
     */
    public record Token(String kind, int start, int end, String text) {}

    static QuickAddPreview of(QuickAddParse p) {
        return new QuickAddPreview(
                p.title(),
                TaskResponse.DueResponse.of(p.due()),
                p.priority() == null ? null : p.priority().name(),
                p.projectName(),
                p.sectionName(),
                p.labels(),
                p.assigneeEmail(),
                p.deadline(),
                p.duration() == null
                        ? null
                        : new TaskResponse.DurationResponse(
                                p.duration().amount(), p.duration().unit()),
                p.unknownProjectName(),
                p.tokens().stream()
                        .map(t -> new Token(t.kind(), t.start(), t.end(), t.text()))
                        .toList());
    }
}
