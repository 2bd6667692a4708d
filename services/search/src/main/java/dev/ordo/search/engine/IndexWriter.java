package dev.ordo.search.engine;

import java.util.UUID;

/**
 * Writes to one generation of an index: the live one ({@link SearchEngine} itself) or the shadow one a rebuild fills
 * ({@link SearchEngine#beginRebuild()}). Every write is idempotent: the same event applied twice changes nothing.
 */
public interface IndexWriter {

    /**
     * Adds or replaces the document unless the index holds it (or its deletion) at this version or a newer one;
     * version 0 always applies.
     *
     * @return whether it applied
     */
    boolean upsert(SearchDocument document);

    /**
     * Removes the document and remembers its deletion at {@code version}, so an older upsert arriving later does
     * not bring it back (a newer one does).
     *
     * @return whether a document was removed
     */
    boolean delete(DocumentType type, UUID id, long version);

    /** Removes every document of the project (its tasks, comments, calendar events and the project itself). */
    void deleteProject(UUID projectId);

    /** Removes the comments on the task (when the task goes). */
    void deleteTaskComments(UUID taskId);

    /**
     * The task moved to another project, and its comments with it (the comments service moves them without an
     * event of theirs): they become the new project's, seen by its members and no longer by the old one's.
     */
    void moveTaskComments(UUID taskId, UUID projectId);

    /** Gives every document of the project the project's new name (searched as context). */
    void renameProject(UUID projectId, String name);

    /** Gives every task in the section the section's new name (searched as context). */
    void renameSection(UUID sectionId, String name);
}
