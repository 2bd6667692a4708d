package dev.ordo.projects.project;

import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.platform.problems.Conflict;
import dev.ordo.platform.problems.InvalidInput;
import dev.ordo.platform.web.Colors;
import dev.ordo.platform.web.patch.Patch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A project, and the rules of changing it. {@code ownerId} repeats the member whose role is owner (there is
 * always exactly one). The Inbox ({@code inbox}) is every user's own project: never shared, archived,
 * deleted, renamed or nested, and never a parent.
 */
public record Project(
        UUID id,
        String name,
        String description,
        String color,
        UUID parentId,
        boolean inbox,
        boolean archived,
        UUID ownerId,
        Instant createdAt,
        Instant updatedAt) {

    public static final String INBOX_NAME = "Inbox";
    /** Levels of nesting, the top-level project included. */
    public static final int MAX_DEPTH = 4;

    static Project create(NewProject project, UUID ownerId, Instant now) {
        return new Project(
                UUID.randomUUID(),
                project.name(),
                project.description(),
                project.color(),
                project.parentId(),
                false,
                false,
                ownerId,
                now,
                now);
    }

    static Project inboxOf(UUID userId, Instant now) {
        return new Project(UUID.randomUUID(), INBOX_NAME, null, Colors.DEFAULT, null, true, false, userId, now, now);
    }

    /**
     * The project as the changes leave it, and which of its fields they changed (a value equal to the
     * current one changes nothing, and leaves {@code updatedAt} as it was). Whether a new parent may hold it
     * is for {@link Hierarchy} to say.
     *
     * @throws Conflict when the Inbox would be renamed or nested
     */
    Revision apply(ProjectChanges changes, Instant now) {
        List<String> changed = new ArrayList<>();
        String newName = change(changes.name(), name, "name", changed);
        String newDescription = change(changes.description(), description, "description", changed);
        String newColor = change(changes.color(), color, "color", changed);
        UUID newParentId = change(changes.parentId(), parentId, "parentId", changed);
        if (inbox && (changed.contains("name") || changed.contains("parentId"))) {
            throw new Conflict("The Inbox keeps its name and cannot be a sub-project.");
        }
        if (changed.isEmpty()) {
            return new Revision(this, List.of());
        }
        return new Revision(
                new Project(
                        id, newName, newDescription, newColor, newParentId, inbox, archived, ownerId, createdAt, now),
                List.copyOf(changed));
    }

    /** @throws Conflict for the Inbox, which is never archived (archiving takes the sub-projects along) */
    void ensureArchivable() {
        if (inbox) {
            throw new Conflict("The Inbox cannot be archived.");
        }
    }

    /**
     * @param parent the parent project, null for a top-level one
     * @throws Conflict for the Inbox, and while the parent is archived
     */
    void ensureUnarchivableUnder(Project parent) {
        if (inbox) {
            throw new Conflict("The Inbox is never archived.");
        }
        if (parent != null && parent.archived()) {
            throw new Conflict("The parent project is archived; unarchive it first.");
        }
    }

    /** @throws Conflict for the Inbox */
    void ensureDeletable() {
        if (inbox) {
            throw new Conflict("The Inbox cannot be deleted.");
        }
    }

    /** @throws Conflict for the Inbox, which no one is invited to */
    public void ensureShareable() {
        if (inbox) {
            throw new Conflict("The Inbox cannot be shared.");
        }
    }

    /** @throws Conflict for the Inbox and for an archived project, which take no sub-projects */
    void ensureCanHoldSubProjects() {
        if (inbox) {
            throw new Conflict("The Inbox cannot have sub-projects.");
        }
        if (archived) {
            throw new Conflict("The parent project is archived; unarchive it first.");
        }
    }

    /**
     * The project owned by {@code newOwner}, a member of it other than the owner.
     *
     * @throws InvalidInput when {@code newOwner} owns it already
     */
    Project transferTo(Membership newOwner, Instant now) {
        if (!newOwner.projectId().equals(id)) {
            throw new IllegalArgumentException("not a member of project " + id + ": " + newOwner);
        }
        if (newOwner.userId().equals(ownerId)) {
            throw new InvalidInput("'userId' is you: you own the project already.");
        }
        return new Project(id, name, description, color, parentId, inbox, archived, newOwner.userId(), createdAt, now);
    }

    public ProjectEvents.ProjectState state() {
        return new ProjectEvents.ProjectState(id, name, description, color, parentId, inbox, archived, ownerId);
    }

    /** The field's value after the patch; noted as changed if it differs from the current one. */
    private static <T> T change(Patch<T> patch, T current, String field, List<String> changed) {
        T next = patch.orElse(current);
        if (!Objects.equals(next, current)) {
            changed.add(field);
        }
        return next;
    }

    /** A project after a change, and the names of the fields that changed (none: nothing to store or tell). */
    record Revision(Project project, List<String> changedFields) {

        boolean changedAnything() {
            return !changedFields.isEmpty();
        }

        /** Moved under a (new) parent, whose rules then apply. */
        boolean movedUnderAParent() {
            return changedFields.contains("parentId") && project.parentId() != null;
        }
    }
}
