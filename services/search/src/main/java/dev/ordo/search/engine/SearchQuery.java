package dev.ordo.search.engine;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A search, with what the caller may see: only documents in {@code visibleProjectIds}, and documents without a
 * project that {@code callerId} owns, are hits. Ordered open before completed/cancelled, then by relevance (title
 * above context above body above comments), then the more recently updated first, then by id.
 *
 * @param types     the document types wanted; empty for every type
 * @param projectId only this project's documents, or null
 * @param status    only tasks with this status ({@code PENDING}, {@code IN_PROGRESS}, {@code COMPLETED},
 *                  {@code CANCELLED}), or {@link SearchDocument#OPEN} for tasks neither completed nor cancelled, or null
 * @param after     the {@link SearchHit#sortKey()} of the previous page's last hit, or null for the first page; a
 *                  key this engine did not give out is refused with the platform's {@code invalid-cursor} problem
 * @param limit     the most hits to return (the service asks one more than a page, to know if another follows)
 */
public record SearchQuery(
        QueryText text,
        Set<DocumentType> types,
        @Nullable UUID projectId,
        @Nullable String status,
        Collection<UUID> visibleProjectIds,
        @Nullable UUID callerId,
        @Nullable List<String> after,
        int limit) {

    public SearchQuery {
        types = Set.copyOf(types);
        visibleProjectIds = List.copyOf(visibleProjectIds);
        after = after == null ? null : List.copyOf(after);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    /** A first page of every type for {@code callerId}, who sees {@code visibleProjectIds}. */
    public static SearchQuery of(String text, Collection<UUID> visibleProjectIds, @Nullable UUID callerId, int limit) {
        return new SearchQuery(QueryText.parse(text), Set.of(), null, null, visibleProjectIds, callerId, null, limit);
    }

    public SearchQuery withTypes(Set<DocumentType> wanted) {
        return new SearchQuery(text, wanted, projectId, status, visibleProjectIds, callerId, after, limit);
    }

    public SearchQuery withProject(@Nullable UUID project) {
        return new SearchQuery(text, types, project, status, visibleProjectIds, callerId, after, limit);
    }

    public SearchQuery withStatus(@Nullable String wanted) {
        return new SearchQuery(text, types, projectId, wanted, visibleProjectIds, callerId, after, limit);
    }

    public SearchQuery after(@Nullable List<String> sortKey) {
        return new SearchQuery(text, types, projectId, status, visibleProjectIds, callerId, sortKey, limit);
    }

    public boolean wants(DocumentType type) {
        return types.isEmpty() || types.contains(type);
    }
}
