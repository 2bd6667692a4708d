package dev.ordo.search.indexing;

import dev.ordo.search.engine.DocumentType;
import dev.ordo.search.engine.IndexWriter;
import dev.ordo.search.engine.SearchDocument;
import dev.ordo.search.engine.SearchEngine;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Where the indexer writes: the live generation, and while a rebuild is under way its shadow generation too. Writes
 * are version-aware, so the replayed (older) events a rebuild feeds both change nothing live, while the live index
 * stays fresh with the events that are new. Renames alone go only to the shadow during a rebuild: they carry no
 * version, and a replayed old name would otherwise show live until its later rename replays.
 */
@Component
class Generations {

    private final SearchEngine engine;
    private final Rebuilds rebuilds;

    Generations(SearchEngine engine, Rebuilds rebuilds) {
        this.engine = engine;
        this.rebuilds = rebuilds;
    }

    /** @return whether the live generation took it */
    boolean upsert(SearchDocument document) {
        boolean live = engine.upsert(document);
        shadow().ifPresent(s -> s.upsert(document));
        return live;
    }

    void delete(DocumentType type, UUID id, long version) {
        engine.delete(type, id, version);
        shadow().ifPresent(s -> s.delete(type, id, version));
    }

    void deleteProject(UUID projectId) {
        engine.deleteProject(projectId);
        shadow().ifPresent(s -> s.deleteProject(projectId));
    }

    void deleteTaskComments(UUID taskId) {
        engine.deleteTaskComments(taskId);
        shadow().ifPresent(s -> s.deleteTaskComments(taskId));
    }

    void moveTaskComments(UUID taskId, UUID projectId) {
        engine.moveTaskComments(taskId, projectId);
        shadow().ifPresent(s -> s.moveTaskComments(taskId, projectId));
    }

    void renameProject(UUID projectId, String name) {
        Optional<IndexWriter> shadow = shadow();
        if (shadow.isPresent()) {
            shadow.get().renameProject(projectId, name);
        } else {
            engine.renameProject(projectId, name);
        }
    }

    void renameSection(UUID sectionId, String name) {
        Optional<IndexWriter> shadow = shadow();
        if (shadow.isPresent()) {
            shadow.get().renameSection(sectionId, name);
        } else {
            engine.renameSection(sectionId, name);
        }
    }

    private Optional<IndexWriter> shadow() {
        return rebuilds.underWay() ? engine.rebuild() : Optional.empty();
    }
}
