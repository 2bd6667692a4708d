package dev.ordo.search.indexing;

import dev.ordo.contracts.calendar.CalendarEvents;
import dev.ordo.contracts.comments.CommentEvents;
import dev.ordo.contracts.events.EventEnvelope;
import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.contracts.tasks.TaskEvents;
import dev.ordo.platform.events.InvalidEventException;
import dev.ordo.platform.memberships.ProjectMemberships;
import dev.ordo.search.engine.DocumentType;
import dev.ordo.search.engine.SearchDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the index from the other services' events, never by calling them: each event's document written in the
 * consumer's transaction (with its processed mark), version-aware, so a redelivered, replayed or overtaken event
 * changes nothing. Nothing of a deleted project or task is indexed again; a renamed project or section renames its
 * documents.
 */
@Service
public class Indexer {

    /** How the web app writes a mention: {@code @[Ada Lovelace](user:<id>)}; searched as {@code @Ada Lovelace}. */
    private static final Pattern MENTION = Pattern.compile("@\\[([^\\]\\n]{0,200})\\]\\(user:[0-9a-fA-F-]{36}\\)");

    private final Generations index;
    private final IndexedTasks tasks;
    private final IndexedSections sections;
    private final ProjectNames projectNames;
    private final ProjectMemberships memberships;
    private final Freshness freshness;

    Indexer(
            Generations index,
            IndexedTasks tasks,
            IndexedSections sections,
            ProjectNames projectNames,
            ProjectMemberships memberships,
            Freshness freshness) {
        this.index = index;
        this.tasks = tasks;
        this.sections = sections;
        this.projectNames = projectNames;
        this.memberships = memberships;
        this.freshness = freshness;
    }

    // ---- tasks

    /** Any task event that carries the task as it is now. */
    @Transactional
    public void task(TaskEvents.TaskState t, EventEnvelope<?> event) {
        if (t == null || t.taskId() == null || t.projectId() == null || t.title() == null) {
            throw new InvalidEventException("a task state without id, project or title");
        }
        if (memberships.deleted(t.projectId())) {
            return;
        }
        long version = event.aggregateVersion();
        Optional<IndexedTasks.Held> held = tasks.lock(t.taskId());
        if (held.isPresent()
                && (held.get().deleted() || (version != 0 && held.get().version() >= version))) {
            return;
        }
        tasks.put(t.taskId(), t.projectId(), t.title(), version);
        if (held.isPresent() && !held.get().projectId().equals(t.projectId())) {
            index.moveTaskComments(t.taskId(), t.projectId());
        }
        String sectionName =
                t.sectionId() == null ? null : sections.name(t.sectionId()).orElse(null);
        SearchDocument document = new SearchDocument(
                DocumentType.TASK,
                t.taskId(),
                t.projectId(),
                null,
                null,
                t.sectionId(),
                t.title(),
                t.description(),
                t.labels(),
                sectionName,
                projectNames.name(t.projectId()).orElse(null),
                t.status(),
                t.priority(),
                t.dueDate(),
                t.assigneeId(),
                time(event),
                version);
        if (index.upsert(document)) {
            freshness.indexed(DocumentType.TASK, event);
        }
    }

    /** The task and its comments leave the index; late events of it are ignored. */
    @Transactional
    public void taskDeleted(TaskEvents.TaskDeleted deleted, EventEnvelope<?> event) {
        if (deleted.taskId() == null) {
            throw new InvalidEventException("a task deletion without the task's id");
        }
        UUID projectId = deleted.projectId() != null
                ? deleted.projectId()
                : tasks.projectOf(deleted.taskId()).orElse(new UUID(0, 0));
        tasks.lock(deleted.taskId());
        tasks.markDeleted(deleted.taskId(), projectId, event.aggregateVersion());
        index.delete(DocumentType.TASK, deleted.taskId(), event.aggregateVersion());
        index.deleteTaskComments(deleted.taskId());
        freshness.indexed(DocumentType.TASK, event);
    }

    // ---- sections

    @Transactional
    public void section(TaskEvents.SectionState s, EventEnvelope<?> event) {
        if (s == null || s.sectionId() == null || s.projectId() == null || s.name() == null) {
            throw new InvalidEventException("a section state without id, project or name");
        }
        if (sections.put(s.sectionId(), s.projectId(), s.name(), event.aggregateVersion())) {
            index.renameSection(s.sectionId(), s.name());
        }
    }

    /** Its tasks leave it (each by an event of its own from the tasks service); only the name is forgotten. */
    @Transactional
    public void sectionDeleted(TaskEvents.SectionDeleted deleted, EventEnvelope<?> event) {
        if (deleted.sectionId() == null) {
            throw new InvalidEventException("a section deletion without the section's id");
        }
        sections.markDeleted(
                deleted.sectionId(),
                deleted.projectId() == null ? new UUID(0, 0) : deleted.projectId(),
                event.aggregateVersion());
    }

    // ---- comments

    @Transactional
    public void comment(CommentEvents.CommentState c, EventEnvelope<?> event) {
        if (c == null || c.commentId() == null || c.projectId() == null || c.text() == null) {
            throw new InvalidEventException("a comment state without id, project or text");
        }
        UUID projectId = c.projectId();
        if (c.taskId() != null) {
            if (tasks.deleted(c.taskId())) {
                return;
            }
            // the task may have moved since (its comments move with it, without an event of theirs)
            projectId = tasks.projectOf(c.taskId()).orElse(projectId);
        }
        if (memberships.deleted(projectId)) {
            return;
        }
        Instant updated = c.editedAt() != null ? c.editedAt() : c.createdAt() != null ? c.createdAt() : time(event);
        SearchDocument document = new SearchDocument(
                DocumentType.COMMENT,
                c.commentId(),
                projectId,
                c.authorId(),
                c.taskId(),
                null,
                "",
                plainText(c.text()),
                List.of(),
                null,
                projectNames.name(projectId).orElse(null),
                null,
                null,
                null,
                null,
                updated,
                event.aggregateVersion());
        if (index.upsert(document)) {
            freshness.indexed(DocumentType.COMMENT, event);
        }
    }

    @Transactional
    public void commentDeleted(CommentEvents.CommentDeleted deleted, EventEnvelope<?> event) {
        if (deleted.commentId() == null) {
            throw new InvalidEventException("a comment deletion without the comment's id");
        }
        index.delete(DocumentType.COMMENT, deleted.commentId(), event.aggregateVersion());
        freshness.indexed(DocumentType.COMMENT, event);
    }

    // ---- calendar events

    @Transactional
    public void calendarEvent(CalendarEvents.EventState e, EventEnvelope<?> event) {
        if (e == null || e.eventId() == null || e.title() == null || (e.projectId() == null && e.createdBy() == null)) {
            throw new InvalidEventException("a calendar event without id, title, or project or creator");
        }
        if (e.projectId() != null && memberships.deleted(e.projectId())) {
            return;
        }
        String body = String.join(
                "\n", e.description() == null ? "" : e.description(), e.location() == null ? "" : e.location());
        SearchDocument document = new SearchDocument(
                DocumentType.EVENT,
                e.eventId(),
                e.projectId(),
                e.createdBy(),
                null,
                null,
                e.title(),
                body.strip(),
                List.of(),
                null,
                e.projectId() == null ? null : projectNames.name(e.projectId()).orElse(null),
                null,
                null,
                startDate(e.start()),
                null,
                e.updatedAt() != null ? e.updatedAt() : time(event),
                event.aggregateVersion());
        if (index.upsert(document)) {
            freshness.indexed(DocumentType.EVENT, event);
        }
    }

    @Transactional
    public void calendarEventDeleted(CalendarEvents.EventDeleted deleted, EventEnvelope<?> event) {
        if (deleted.eventId() == null) {
            throw new InvalidEventException("a calendar event deletion without the event's id");
        }
        index.delete(DocumentType.EVENT, deleted.eventId(), event.aggregateVersion());
        freshness.indexed(DocumentType.EVENT, event);
    }

    // ---- projects (told by the memberships replica, in its transaction)

    /** The project's own document, and its name into everything in it. */
    @Transactional
    public void projectChanged(ProjectEvents.ProjectState p, EventEnvelope<?> event) {
        SearchDocument document = new SearchDocument(
                DocumentType.PROJECT,
                p.projectId(),
                p.projectId(),
                p.ownerId(),
                null,
                null,
                p.name() == null ? "" : p.name(),
                p.description(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                time(event),
                event.aggregateVersion());
        if (index.upsert(document)) {
            freshness.indexed(DocumentType.PROJECT, event);
        }
        if (p.name() != null) {
            index.renameProject(p.projectId(), p.name());
        }
    }

    /** Everything in it leaves the index; the replica's tombstone keeps its late events out. */
    @Transactional
    public void projectDeleted(UUID projectId, EventEnvelope<?> event) {
        index.deleteProject(projectId);
        tasks.forgetProject(projectId);
        sections.forgetProject(projectId);
        freshness.indexed(DocumentType.PROJECT, event);
    }

    /** A comment's text as searched and shown: mentions as {@code @Name}. */
    static String plainText(String markdown) {
        return MENTION.matcher(markdown).replaceAll(m -> "@" + java.util.regex.Matcher.quoteReplacement(m.group(1)));
    }

    private static Instant time(EventEnvelope<?> event) {
        return event.time() != null ? event.time() : Instant.now();
    }

    /** The date an event starts on: {@code 2026-12-01} of {@code 2026-12-01T09:00} or of an all-day date. */
    private static @Nullable LocalDate startDate(@Nullable String start) {
        if (start == null || start.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(start.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
