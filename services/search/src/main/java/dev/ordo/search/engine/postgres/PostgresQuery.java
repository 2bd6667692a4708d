package dev.ordo.search.engine.postgres;

import dev.ordo.platform.web.paging.Cursor;
import dev.ordo.search.engine.DocumentType;
import dev.ordo.search.engine.QueryText;
import dev.ordo.search.engine.SearchDocument;
import dev.ordo.search.engine.SearchQuery;
import dev.ordo.search.engine.Snippets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A {@link SearchQuery} as SQL. Every term becomes a {@code tsquery} built by PostgreSQL from bound words (a query's
 * words are letters and digits, so nothing typed is ever query syntax), all terms ANDed:
 * <ul>
 *   <li>a word: its stem ({@code ordo_search}), or any of the lexicon's words it may be a typo of;
 *   <li>the word being typed: also any whole word it begins ({@code ordo_prefix}, {@code gro:*});
 *   <li>a phrase: its stems next to each other.
 * </ul>
 * Hits are ordered open first, then by {@code ts_rank} with the weights D 0.1 (comments), C 0.2 (body), B 0.4
 * (context), A 1.0 (title), then the most recently updated, then by id; that order's key is the hit's sort key, so
 * a page continues exactly after the last hit of the one before.
 */
record PostgresQuery(String text, Map<String, Object> params) {

    /** Ranks are kept as integers (rank × this), so a sort key compares exactly. */
    static final long SCORE_SCALE = 1_000_000L;

    private static final String HEADLINE_OPTIONS =
            "StartSel=" + Snippets.START + ", StopSel=" + Snippets.STOP + ", HighlightAll=true";

    /** @return null when nothing can be a hit (no words, or nothing visible) */
    static @Nullable PostgresQuery of(SearchQuery query, Lexicon lexicon) {
        QueryText text = query.text();
        if (text.isEmpty() || (query.visibleProjectIds().isEmpty() && query.callerId() == null)) {
            return null;
        }
        Position after = Position.of(query.after());
        Map<String, Object> params = new HashMap<>();
        List<String> typoWords = text.terms().stream()
                .filter(QueryText.Term::typoTolerant)
                .map(QueryText.Term::word)
                .distinct()
                .toList();
        Map<String, List<String>> corrections = lexicon.corrections(typoWords);

        List<String> terms = new ArrayList<>();
        int n = 0;
        for (QueryText.Term term : text.terms()) {
            String w = "w" + n++;
            if (term.phrase()) {
                params.put(w, String.join(" ", term.words()));
                terms.add("phraseto_tsquery('ordo_search', :" + w + ")");
                continue;
            }
            params.put(w, term.word());
            List<String> alternatives = new ArrayList<>();
            alternatives.add("plainto_tsquery('ordo_search', :" + w + ")");
            if (term.prefix()) {
                alternatives.add("to_tsquery('ordo_prefix', '''' || :" + w + " || ''':*')");
            }
            int c = 0;
            for (String meant : corrections.getOrDefault(term.word(), List.of())) {
                String p = w + "c" + c++;
                params.put(p, meant);
                alternatives.add("plainto_tsquery('ordo_search', :" + p + ")");
            }
            terms.add(
                    alternatives.size() == 1 ? alternatives.getFirst() : "(" + String.join(" || ", alternatives) + ")");
        }

        List<String> filters = new ArrayList<>();
        filters.add("d.vector @@ q.query");
        params.put(
                "visible",
                query.visibleProjectIds().stream().map(UUID::toString).toArray(String[]::new));
        if (query.callerId() != null) {
            params.put("me", query.callerId());
            filters.add(
                    "(d.project_id = any(cast(:visible as uuid[])) or (d.project_id is null and d.owner_id = :me))");
        } else {
            filters.add("d.project_id = any(cast(:visible as uuid[]))");
        }
        if (!query.types().isEmpty()) {
            params.put(
                    "types",
                    query.types().stream().map(DocumentType::name).sorted().toArray(String[]::new));
            filters.add("d.type = any(:types)");
        }
        if (query.projectId() != null) {
            params.put("project", query.projectId());
            filters.add("d.project_id = :project");
        }
        if (SearchDocument.OPEN.equals(query.status())) {
            filters.add("d.status is not null and d.status not in ('COMPLETED', 'CANCELLED')");
        } else if (query.status() != null) {
            params.put("status", query.status());
            filters.add("d.status = :status");
        }
        String keyset = "true";
        if (after != null) {
            params.put("aBucket", after.bucket());
            params.put("aScore", after.score());
            params.put("aMicros", after.micros());
            params.put("aId", after.id());
            params.put("aType", after.type().name());
            keyset = "(x.bucket, -x.score, -x.micros, x.id, x.type) > (:aBucket, -:aScore, -:aMicros, :aId, :aType)";
        }
        params.put("limit", query.limit());
        params.put("options", HEADLINE_OPTIONS);

        String sql = """
                with q as (select %1$s as query)
                select y.*,
                    ts_headline('ordo_prefix', ts_headline('ordo_search', search_plain(y.title), q.query, :options), q.query, :options)
                        as title_marked,
                    ts_headline('ordo_prefix', ts_headline('ordo_search', search_plain(y.context), q.query, :options), q.query,
                        :options) as context_marked,
                    ts_headline('ordo_prefix', ts_headline('ordo_search', search_plain(y.body), q.query, :options), q.query, :options)
                        as body_marked
                from (
                    select x.* from (
                        select d.type, d.id, d.project_id, d.task_id, d.title, d.body,
                            search_context(d.labels, d.section_name, d.project_name) as context,
                            d.project_name, d.status, d.priority, d.due, d.assignee_id, d.updated_at,
                            case when d.status in ('COMPLETED', 'CANCELLED') then 1 else 0 end as bucket,
                            cast(round(ts_rank(cast('{0.1, 0.2, 0.4, 1.0}' as float4[]), d.vector, q.query)
                                * %2$d) as bigint) as score,
                            cast(extract(epoch from d.updated_at) * 1000000 as bigint) as micros
                        from search_document d, q
                        where %3$s
                    ) x
                    where %4$s
                    order by x.bucket, x.score desc, x.micros desc, x.id, x.type
                    limit :limit
                ) y, q
                order by y.bucket, y.score desc, y.micros desc, y.id, y.type""".formatted(String.join(" && ", terms), SCORE_SCALE, String.join(" and ", filters), keyset);
        return new PostgresQuery(sql, params);
    }

    static List<String> sortKey(int bucket, long score, long micros, UUID id, DocumentType type) {
        return List.of(
                Integer.toString(bucket), Long.toString(score), Long.toString(micros), id.toString(), type.name());
    }

    /** A sort key read back; anything this engine did not write is the platform's {@code invalid-cursor}. */
    private record Position(int bucket, long score, long micros, UUID id, DocumentType type) {

        static @Nullable Position of(@Nullable List<String> key) {
            if (key == null) {
                return null;
            }
            if (key.size() != 5) {
                throw Cursor.invalid();
            }
            try {
                int bucket = Integer.parseInt(key.get(0));
                if (bucket != 0 && bucket != 1) {
                    throw Cursor.invalid();
                }
                UUID id = UUID.fromString(key.get(3));
                if (!id.toString().equalsIgnoreCase(key.get(3))) {
                    throw Cursor.invalid();
                }
                return new Position(
                        bucket,
                        Long.parseLong(key.get(1)),
                        Long.parseLong(key.get(2)),
                        id,
                        DocumentType.valueOf(key.get(4)));
            } catch (IllegalArgumentException e) {
                throw Cursor.invalid();
            }
        }
    }
}
