package dev.ordo.audit.summary;

import dev.ordo.audit.trail.AuditEvent;
import dev.ordo.contracts.events.EventType;
import dev.ordo.contracts.identity.IdentityEvents;
import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.contracts.tasks.TaskEvents;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Which names an event gives: people's and projects' on every event that carries them (they change
 * seldom), a task's title and a section's name only when it is new or changed (they are carried by
 * every task event, and needed only for the events that name a task by id alone).
 */
@Component
class NameSources {

    private record Source<T>(EventType<T> type, Function<T, List<Name>> names) {}

    private record Name(NameKind kind, UUID id, String name) {}

    private final Map<String, Source<?>> sources = new HashMap<>();
    private final EventData data;

    NameSources(EventData data) {
        this.data = data;
        on(IdentityEvents.USER_REGISTERED, d -> user(d.userId(), d.name(), d.email()));
        on(IdentityEvents.USER_UPDATED, d -> user(d.userId(), d.name(), d.email()));
        on(ProjectEvents.PROJECT_CREATED, d -> project(d.project()));
        on(ProjectEvents.PROJECT_UPDATED, d -> project(d.project()));
        on(ProjectEvents.PROJECT_ARCHIVED, d -> project(d.project()));
        on(ProjectEvents.PROJECT_UNARCHIVED, d -> project(d.project()));
        on(TaskEvents.TASK_CREATED, d -> task(d.task()));
        on(
                TaskEvents.TASK_UPDATED,
                d -> d.changedFields() != null && d.changedFields().contains("title") ? task(d.task()) : List.of());
        on(TaskEvents.SECTION_CREATED, d -> section(d.section()));
        on(
                TaskEvents.SECTION_UPDATED,
                d -> d.changedFields() != null && d.changedFields().contains("name")
                        ? section(d.section())
                        : List.of());
    }

    List<Naming> namingsOf(AuditEvent event) {
        Source<?> source = sources.get(event.type());
        return source == null ? List.of() : namings(source, event);
    }

    private <T> List<Naming> namings(Source<T> source, AuditEvent event) {
        Instant since = event.occurredAt();
        return data.as(event, source.type())
                .map(d -> source.names().apply(d).stream()
                        .filter(n ->
                                n.id() != null && n.name() != null && !n.name().isBlank())
                        .map(n -> new Naming(n.kind(), n.id(), since, n.name()))
                        .toList())
                .orElse(List.of());
    }

    private <T> void on(EventType<T> type, Function<T, List<Name>> names) {
        sources.put(type.name(), new Source<>(type, names));
    }

    private static List<Name> user(UUID id, String name, String email) {
        return List.of(new Name(NameKind.USER, id, name == null || name.isBlank() ? email : name));
    }

    private static List<Name> project(ProjectEvents.ProjectState project) {
        return project == null ? List.of() : List.of(new Name(NameKind.PROJECT, project.projectId(), project.name()));
    }

    private static List<Name> task(TaskEvents.TaskState task) {
        return task == null ? List.of() : List.of(new Name(NameKind.TASK, task.taskId(), task.title()));
    }

    private static List<Name> section(TaskEvents.SectionState section) {
        return section == null ? List.of() : List.of(new Name(NameKind.SECTION, section.sectionId(), section.name()));
    }
}
