package dev.ordo.tasks.quickadd;

import dev.ordo.tasks.query.Due;
import dev.ordo.tasks.query.Priority;
import java.time.LocalDate;
import java.util.List;

/**
 * What a quick-add line says: the title left once the recognised tokens are taken out, and each value
 * or null when the line does not give it. {@code tokens} are in text order. {@code unknownProjectName} is a
 * {@code #Name} that names none of the caller's projects: it stays in the title (as in Todoist), so a client
 * can offer to create the project.
 */
public record QuickAddParse(
        String title,
        Due due,
        Priority priority,
        String projectName,
        String sectionName,
        List<String> labels,
        String assigneeEmail,
        LocalDate deadline,
        Length duration,
        String unknownProjectName,
        List<QuickAddToken> tokens) {

    /** How long a task takes: {@code amount} of {@code unit} ({@code minute} or {@code day}). */
    public record Length(int amount, String unit) {}

    public QuickAddParse {
        labels = List.copyOf(labels);
        tokens = List.copyOf(tokens);
    }
}
