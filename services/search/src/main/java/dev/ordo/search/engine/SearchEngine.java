package dev.ordo.search.engine;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A search index: PostgreSQL full-text search ({@code ordo.search.engine=postgres}, the default) or OpenSearch
 * ({@code opensearch}), both held to {@code SearchEngineContract}. Writing to it directly writes the live
 * generation, which searches read. A rebuild fills a shadow generation while the live one keeps serving, then swaps
 * them in one step (a table swap on PostgreSQL, an alias swap on OpenSearch).
 */
public interface SearchEngine extends IndexWriter {

    /** The live generation's writer: writing to the engine itself writes there. */
    IndexWriter live();

    @Override
    default boolean upsert(SearchDocument document) {
        return live().upsert(document);
    }

    @Override
    default boolean delete(DocumentType type, UUID id, long version) {
        return live().delete(type, id, version);
    }

    @Override
    default void deleteProject(UUID projectId) {
        live().deleteProject(projectId);
    }

    @Override
    default void deleteTaskComments(UUID taskId) {
        live().deleteTaskComments(taskId);
    }

    @Override
    default void moveTaskComments(UUID taskId, UUID projectId) {
        live().moveTaskComments(taskId, projectId);
    }

    @Override
    default void renameProject(UUID projectId, String name) {
        live().renameProject(projectId, name);
    }

    @Override
    default void renameSection(UUID sectionId, String name) {
        live().renameSection(sectionId, name);
    }

    /** {@code postgres}, {@code opensearch}: for logs, metrics and the operator. */
    String name();

    /**
     * The hits the caller may see, in order, at most {@link SearchQuery#limit()}. An empty query text finds nothing.
     *
     * @throws dev.ordo.platform.problems.InvalidInput ({@code invalid-cursor}) for an {@code after} key this engine
     *     did not give out
     */
    List<SearchHit> search(SearchQuery query);

    /**
     * Starts a rebuild: an empty shadow generation (one left by an earlier, unfinished rebuild is emptied) that the
     * returned writer fills, while searches keep reading the live generation.
     */
    IndexWriter beginRebuild();

    /** The shadow generation's writer while a rebuild is under way (also after a restart), else empty. */
    Optional<IndexWriter> rebuild();

    /** The shadow generation becomes the live one, atomically for searches; the old live one is dropped. */
    void completeRebuild();

    /** Drops the shadow generation; the live one stays as it was. Nothing happens when no rebuild is under way. */
    void abortRebuild();
}
