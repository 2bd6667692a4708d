package dev.ordo.tasks.capture;

import dev.ordo.tasks.quickadd.QuickAddParse;
import dev.ordo.tasks.task.TaskResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a quick-add line says, with the spans of the recognised tokens (for highlighting). Nothing is created. */
public record QuickAddPreview(
        String title,
        TaskResponse.@Nullable DueResponse due,

        @Schema(allowableValues = {"URGENT", "HIGH", "MEDIUM", "LOW"}) @Nullable String priority,

        @Nullable String projectName,
        @Nullable String sectionName,
        List<String> labels,
        @Nullable String assigneeEmail,
        List<Token> tokens) {

    /** @param kind date, time, priority, project, section, label or assignee; end is exclusive */
    public record Token(String kind, int start, int end, String text) {}

    static QuickAddPreview of(QuickAddParse p) {
        return new QuickAddPreview(
                p.title(),
                p.due() == null
                        ? null
                        : new TaskResponse.DueResponse(
                                p.due().date(),
                                p.due().datetime(),
                                p.due().timezone() == null
                                        ? null
                                        : p.due().timezone().getId()),
                p.priority() == null ? null : p.priority().name(),
                p.projectName(),
                p.sectionName(),
                p.labels(),
                p.assigneeEmail(),
                p.tokens().stream()
                        .map(t -> new Token(t.kind(), t.start(), t.end(), t.text()))
                        .toList());
    }
}
