package dev.ordo.tasks.quickadd;

import dev.ordo.tasks.query.Due;
import dev.ordo.tasks.query.Priority;
import java.util.List;

/**
 * What a quick-add line says: the title left once the recognised tokens are taken out, and each value
 * or null when the line does not give it. {@code tokens} are in text order.
 */
public record QuickAddParse(
        String title,
        Due due,
        Priority priority,
        String projectName,
        String sectionName,
        List<String> labels,
        String assigneeEmail,
        List<QuickAddToken> tokens) {

    public QuickAddParse {
        labels = List.copyOf(labels);
        tokens = List.copyOf(tokens);
    }
}
