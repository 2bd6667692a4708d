package dev.ordo.tasks.label;

import java.util.UUID;

/**
 * The tasks that carry a user's labels, as the label feature needs them: renaming or deleting a label
 * changes the tasks its owner created. Implemented by the task feature (so labels need not know tasks).
 */
public interface LabelUsage {

    /** Renames the label on the tasks {@code ownerId} created, publishing their changes. */
    void renamed(UUID ownerId, String from, String to);

    /** Takes the label off the tasks {@code ownerId} created, publishing their changes. */
    void removed(UUID ownerId, String name);
}
