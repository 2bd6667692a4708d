package dev.ordo.search.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One searchable thing, as every engine indexes it. Engines search {@code title} above the context (labels, section
 * and project names) above {@code body}; a comment's {@code body} (its text) ranks below a task's description. A
 * comment's {@code title} is empty: what it is on is shown by the service, not searched.
 *
 * @param projectId   the project whose members see it; null only for a personal calendar event, seen by
 *                    {@code ownerId} alone
 * @param ownerId     who alone sees a document without a project (else null, or the creator: not used for access)
 * @param taskId      the task a comment is on (null for any other document, and for a comment on a project)
 * @param sectionId   a task's section, so a renamed section renames it in its tasks ({@link IndexWriter#renameSection})
 * @param labels      a task's labels, as written
 * @param sectionName a task's section's name, or null
 * @param projectName the project's name, or null when not known yet ({@link IndexWriter#renameProject} sets it)
 * @param status      a task's status as the tasks service writes it ({@code PENDING}, {@code IN_PROGRESS},
 *                    {@code COMPLETED}, {@code CANCELLED}); null for the others,
 *                    which count as open
 * @param priority    a task's priority ({@code URGENT}, {@code HIGH}, {@code MEDIUM}, {@code LOW}), else null
 * @param due         a task's due date, or a calendar event's start date, else null
 * @param assigneeId  a task's assignee, else null
 * @param updatedAt   when the thing last changed (recency breaks ties in ranking)
 * @param version     the source aggregate's version (0: unversioned, applied in arrival order)
 */
public record SearchDocument(
        DocumentType type,
        UUID id,
        @Nullable UUID projectId,
        @Nullable UUID ownerId,
        @Nullable UUID taskId,
        @Nullable UUID sectionId,
        String title,
        String body,
        List<String> labels,
        @Nullable String sectionName,
        @Nullable String projectName,
        @Nullable String status,
        @Nullable String priority,
        @Nullable LocalDate due,
        @Nullable UUID assigneeId,
        Instant updatedAt,
        long version) {

    /** Closed statuses: everything else (and no status) is open. */
    public static final String COMPLETED = "COMPLETED";

    public static final String CANCELLED = "CANCELLED";

    /**
     * Not a status of its own: as {@link SearchQuery#status()}, every task that is neither completed nor cancelled
     * (pending or in progress).
     */
    public static final String OPEN = "OPEN";

    public SearchDocument {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (projectId == null && ownerId == null) {
            throw new IllegalArgumentException("a document without a project needs an owner");
        }
        title = title == null ? "" : Snippets.clean(title);
        body = body == null ? "" : Snippets.clean(body);
        labels = labels == null
                ? List.of()
                : labels.stream().map(Snippets::clean).toList();
        sectionName = sectionName == null ? null : Snippets.clean(sectionName);
        projectName = projectName == null ? null : Snippets.clean(projectName);
    }

    /** The context words, searched between title and body: labels, then the section's and the project's names. */
    public String context() {
        List<String> parts = new ArrayList<>(labels);
        if (sectionName != null) {
            parts.add(sectionName);
        }
        if (projectName != null) {
            parts.add(projectName);
        }
        return String.join(" ", parts);
    }

    /** Open things are listed before completed and cancelled ones. */
    public boolean open() {
        return !COMPLETED.equals(status) && !CANCELLED.equals(status);
    }

    public SearchDocument withProjectName(@Nullable String name) {
        return new SearchDocument(
                type,
                id,
                projectId,
                ownerId,
                taskId,
                sectionId,
                title,
                body,
                labels,
                sectionName,
                name,
                status,
                priority,
                due,
                assigneeId,
                updatedAt,
                version);
    }

    public SearchDocument withSectionName(@Nullable String name) {
        return new SearchDocument(
                type,
                id,
                projectId,
                ownerId,
                taskId,
                sectionId,
                title,
                body,
                labels,
                name,
                projectName,
                status,
                priority,
                due,
                assigneeId,
                updatedAt,
                version);
    }
}
