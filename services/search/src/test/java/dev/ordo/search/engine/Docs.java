package dev.ordo.search.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Search documents for engine tests: {@code Docs.task(project).title("Buy groceries").build()}. */
public final class Docs {

    private static final Instant BASE = Instant.parse("2026-03-01T10:00:00Z");

    private final DocumentType type;
    private UUID id = UUID.randomUUID();
    private final UUID projectId;
    private UUID ownerId;
    private UUID taskId;
    private UUID sectionId;
    private String title = "";
    private String body = "";
    private List<String> labels = List.of();
    private String sectionName;
    private String projectName;
    private String status;
    private String priority;
    private LocalDate due;
    private Instant updatedAt = BASE;
    private long version = 1;

    private Docs(DocumentType type, UUID projectId) {
        this.type = type;
        this.projectId = projectId;
    }

    public static Docs task(UUID projectId) {
        Docs docs = new Docs(DocumentType.TASK, projectId);
        docs.status = "PENDING";
        docs.priority = "LOW";
        return docs;
    }

    public static Docs comment(UUID projectId, UUID taskId) {
        Docs docs = new Docs(DocumentType.COMMENT, projectId);
        docs.taskId = taskId;
        return docs;
    }

    public static Docs project(UUID projectId) {
        Docs docs = new Docs(DocumentType.PROJECT, projectId);
        docs.id = projectId;
        return docs;
    }

    public static Docs event(UUID projectId) {
        return new Docs(DocumentType.EVENT, projectId);
    }

    /** A calendar event without a project: its owner's alone. */
    public static Docs personalEvent(UUID ownerId) {
        Docs docs = new Docs(DocumentType.EVENT, null);
        docs.ownerId = ownerId;
        return docs;
    }

    public Docs id(UUID value) {
        id = value;
        return this;
    }

    public Docs title(String value) {
        title = value;
        return this;
    }

    public Docs body(String value) {
        body = value;
        return this;
    }

    public Docs labels(String... values) {
        labels = List.of(values);
        return this;
    }

    public Docs section(UUID id, String name) {
        sectionId = id;
        sectionName = name;
        return this;
    }

    public Docs projectName(String value) {
        projectName = value;
        return this;
    }

    public Docs status(String value) {
        status = value;
        return this;
    }

    public Docs due(LocalDate value) {
        due = value;
        return this;
    }

    /** Updated {@code minutes} after a fixed base time (recency orders equally relevant hits). */
    public Docs updatedMinutesLater(long minutes) {
        updatedAt = BASE.plus(minutes, ChronoUnit.MINUTES);
        return this;
    }

    public Docs version(long value) {
        version = value;
        return this;
    }

    public SearchDocument build() {
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
                projectName,
                status,
                priority,
                due,
                null,
                updatedAt,
                version);
    }
}
