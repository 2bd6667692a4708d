package dev.ordo.tasks.section;

import java.util.UUID;

/**
 * The tasks in a section, as deleting the section needs them. Implemented by the task feature (so
 * sections need not know tasks).
 */
public interface SectionTasks {

    /** Moves the section's tasks out of it (to no section), each with its task.moved event. */
    void detachAll(UUID sectionId, UUID actor);

    /** Deletes the section's tasks with their subtasks, each with its task.deleted event. */
    void deleteAll(UUID sectionId, UUID actor);
}
