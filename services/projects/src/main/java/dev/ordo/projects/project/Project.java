package dev.ordo.projects.project;

import dev.ordo.contracts.projects.ProjectEvents;
import java.time.Instant;
import java.util.UUID;

/**
 * A project. {@code ownerId} repeats the member whose role is owner (there is always exactly one).
 * The Inbox ({@code inbox}) is every user's own project: never shared, archived, deleted or nested.
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

    static Project create(
            UUID id, String name, String description, String color, UUID parentId, UUID ownerId, Instant now) {
        return new Project(id, name, description, color, parentId, false, false, ownerId, now, now);
    }

    static Project inboxOf(UUID userId, Instant now) {
        return new Project(UUID.randomUUID(), INBOX_NAME, null, Colors.DEFAULT, null, true, false, userId, now, now);
    }

    Project withOwner(UUID newOwner, Instant now) {
        return new Project(id, name, description, color, parentId, inbox, archived, newOwner, createdAt, now);
    }

    public ProjectEvents.ProjectState state() {
        return new ProjectEvents.ProjectState(id, name, description, color, parentId, inbox, archived, ownerId);
    }
}
