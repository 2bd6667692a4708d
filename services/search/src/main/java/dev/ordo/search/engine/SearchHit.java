package dev.ordo.search.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One result: the document's fields that show it, where it matched, and its place in the order.
 *
 * @param score      the engine's relevance (higher first, after open before closed); only for ordering
 * @param highlights the fields that matched, title first, each once
 * @param sortKey    the hit's position, opaque to the caller: handed back as {@link SearchQuery#after()} it
 *                   continues right after this hit
 */
public record SearchHit(
        DocumentType type,
        UUID id,
        @Nullable UUID projectId,
        @Nullable UUID taskId,
        String title,
        @Nullable String projectName,
        @Nullable String status,
        @Nullable String priority,
        @Nullable LocalDate due,
        @Nullable UUID assigneeId,
        Instant updatedAt,
        double score,
        List<Highlight> highlights,
        List<String> sortKey) {}
