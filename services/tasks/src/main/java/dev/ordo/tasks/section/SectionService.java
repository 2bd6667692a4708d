package dev.ordo.tasks.section;

import dev.ordo.contracts.tasks.TaskEvents;
import dev.ordo.platform.outbox.Outbox;
import dev.ordo.platform.problems.NotFound;
import dev.ordo.platform.web.etag.ETags;
import dev.ordo.platform.web.paging.Cursor;
import dev.ordo.platform.web.paging.Page;
import dev.ordo.platform.web.paging.PageQuery;
import dev.ordo.tasks.access.Permission;
import dev.ordo.tasks.access.ProjectAccess;
import dev.ordo.tasks.web.Positions;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sections of a project: anyone who may write the project's tasks manages them, everyone in it sees
 * them. Each change is stored with its event, in one transaction.
 */
@Service
public class SectionService {

    private final Sections sections;
    private final ProjectAccess access;
    private final SectionTasks tasks;
    private final Outbox outbox;
    private final Clock clock;

    SectionService(Sections sections, ProjectAccess access, SectionTasks tasks, Outbox outbox, Clock clock) {
        this.sections = sections;
        this.access = access;
        this.tasks = tasks;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** At the end of the project's sections unless a position is given. */
    @Transactional
    public Section create(UUID caller, UUID projectId, String name, Long position) {
        access.require(projectId, caller, Permission.WRITE);
        Instant now = now();
        Section section = new Section(
                UUID.randomUUID(),
                projectId,
                name,
                position == null ? nextPosition(projectId, caller, now) : position,
                now,
                now,
                0);
        sections.add(section);
        outbox.append(
                TaskEvents.SECTION_CREATED,
                section.id().toString(),
                caller.toString(),
                new TaskEvents.SectionCreated(section.state()));
        return section;
    }

    /** After the last section; when that one is at the end of the range, the sections are renumbered first. */
    private long nextPosition(UUID projectId, UUID caller, Instant now) {
        OptionalLong next = Positions.after(sections.lastPosition(projectId));
        if (next.isPresent()) {
            return next.getAsLong();
        }
        for (Section renumbered : sections.renumber(projectId, now)) {
            outbox.append(
                    TaskEvents.SECTION_UPDATED,
                    renumbered.id().toString(),
                    caller.toString(),
                    new TaskEvents.SectionUpdated(renumbered.state(), List.of("position")));
        }
        return Positions.afterRenumbered(sections.count(projectId));
    }

    @Transactional(readOnly = true)
    public Section get(UUID caller, UUID id) {
        Section section = sections.byId(id).orElseThrow(SectionService::noSuchSection);
        requireVisible(section, caller);
        return section;
    }

    @Transactional(readOnly = true)
    public Page<Section> list(UUID caller, UUID projectId, PageQuery query) {
        access.require(projectId, caller, Permission.VIEW);
        return Page.of(
                sections.page(projectId, query.after("bigint", "uuid"), query.fetchSize()),
                query,
                s -> Cursor.of(List.of(Long.toString(s.position()), s.id().toString())));
    }

    @Transactional
    public Section update(UUID caller, UUID id, String name, Long position, Long expectedVersion) {
        Section before = sections.lock(id).orElseThrow(SectionService::noSuchSection);
        requireVisible(before, caller);
        access.require(before.projectId(), caller, Permission.WRITE);
        ETags.check(expectedVersion, before.version());
        List<String> changed = new ArrayList<>();
        if (name != null && !name.equals(before.name())) {
            changed.add("name");
        }
        if (position != null && position != before.position()) {
            changed.add("position");
        }
        if (changed.isEmpty()) {
            return before;
        }
        Section after = new Section(
                before.id(),
                before.projectId(),
                name == null ? before.name() : name,
                position == null ? before.position() : position,
                before.createdAt(),
                now(),
                before.version() + 1);
        sections.update(after);
        outbox.append(
                TaskEvents.SECTION_UPDATED,
                id.toString(),
                caller.toString(),
                new TaskEvents.SectionUpdated(after.state(), List.copyOf(changed)));
        return after;
    }

    /**
     * Deletes the section. Its tasks stay in the project without a section, or with {@code deleteTasks}
     * are deleted (with their subtasks).
     */
    @Transactional
    public void delete(UUID caller, UUID id, boolean deleteTasks, Long expectedVersion) {
        Section section = sections.lock(id).orElseThrow(SectionService::noSuchSection);
        requireVisible(section, caller);
        access.require(section.projectId(), caller, Permission.WRITE);
        ETags.check(expectedVersion, section.version());
        if (deleteTasks) {
            tasks.deleteAll(id, caller);
        } else {
            tasks.detachAll(id, caller);
        }
        sections.delete(id);
        outbox.append(
                TaskEvents.SECTION_DELETED,
                id.toString(),
                caller.toString(),
                new TaskEvents.SectionDeleted(id, section.projectId()));
    }

    /** The project was deleted (its tasks went first): its sections go, each with section.deleted. */
    @Transactional
    public void deleteAllOf(UUID projectId, UUID actor) {
        for (UUID id : sections.deleteAllOf(projectId)) {
            outbox.append(
                    TaskEvents.SECTION_DELETED,
                    id.toString(),
                    actor == null ? null : actor.toString(),
                    new TaskEvents.SectionDeleted(id, projectId));
        }
    }

    /** A section of a project the caller is not in does not exist for them. */
    private void requireVisible(Section section, UUID caller) {
        if (!access.isMember(section.projectId(), caller)) {
            throw noSuchSection();
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public static NotFound noSuchSection() {
        return new NotFound("There is no such section.");
    }
}
