package dev.ordo.search.engine.opensearch;

import static dev.ordo.search.engine.opensearch.IndexedDocuments.BODY;
import static dev.ordo.search.engine.opensearch.IndexedDocuments.COMMENT;
import static dev.ordo.search.engine.opensearch.IndexedDocuments.CONTEXT;
import static dev.ordo.search.engine.opensearch.IndexedDocuments.TITLE;

import dev.ordo.search.engine.DocumentType;
import dev.ordo.search.engine.QueryText;
import dev.ordo.search.engine.SearchDocument;
import dev.ordo.search.engine.SearchQuery;
import dev.ordo.search.engine.Snippets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.search.Highlight;

/**
 * The query DSL for a {@link SearchQuery}. Every term must match (bool {@code must}): a word exactly or, when long
 * enough, a typo away ({@code fuzziness AUTO}); as its English stem ({@code .stemmed} sub-fields: {@code meetings}
 * finds "meeting", as the PostgreSQL engine's English configuration does); the word being typed also as the start of
 * a longer word (the edge-n-gram {@code .prefix} sub-fields); a phrase as its words in order. Accents and case are
 * folded by the fields' analyzers, on both sides.
 *
 * <p>A term scores the weight of the best field it matches in (title 4 > context 2 > body 1 > comment text 0.5),
 * times how it matched (exactly 1, by its stem 0.8, as a prefix 0.6, a typo away 0.5); a document scores the sum
 * over the terms.
 * These are constant scores, not BM25: they do not depend on how many other documents hold a word, nor on which
 * shard holds them, so the ranking by field the engines promise holds in any index and pages stay stable. Among
 * equal scores the order falls to recency ({@link SortKeys}). What the caller may see, the filters and the
 * tombstones are filters, so they never change a score.
 */
final class SearchQueries {

    static final float TITLE_WEIGHT = 4;
    static final float CONTEXT_WEIGHT = 2;
    static final float BODY_WEIGHT = 1;
    static final float COMMENT_WEIGHT = 0.5f;
    static final float STEM_FACTOR = 0.8f;
    static final float PREFIX_FACTOR = 0.6f;
    static final float TYPO_FACTOR = 0.5f;
    /**
     * The most indexed words a misspelt word may stand for, per field. Lucene counts the clauses of the whole query
     * against its limit (1024 by default): {@value QueryText#MAX_TERMS} terms × 4 fields × (the word, its stem, its
     * prefix and this many typo neighbours) must stay below it.
     */
    static final int TYPO_EXPANSIONS = 10;
    /** The longest prefix indexed by the {@code .prefix} sub-fields (the edge-n-gram filter's max_gram). */
    static final int MAX_PREFIX = 20;

    /** The sub-field of each text field that holds English stems ({@code meetings} = {@code meeting}). */
    static final String STEMMED = ".stemmed";

    private static final Map<String, Float> WEIGHTS = weights();
    private static final List<String> TEXT_FIELDS = List.copyOf(WEIGHTS.keySet());

    private SearchQueries() {}

    /** What to find, scored, within what the caller may see. */
    static Query query(SearchQuery query) {
        List<Query> terms =
                query.text().terms().stream().map(SearchQueries::term).toList();
        return Query.of(q -> q.bool(b -> b.must(terms).filter(filters(query)).mustNot(IndexedDocuments.tombstones())));
    }

    /**
     * What the highlighter marks: the same terms on the main fields, a prefix as a prefix query and a typo as a
     * fuzzy one, so a whole word is marked however it matched ({@code gro}, {@code grocerys} and {@code groceries}
     * all mark "Groceries"), accents matched through the fields' own folding; and on the stemmed sub-fields
     * ({@code meetings} marks "meeting"). Each field comes back whole, marked both ways; {@link IndexedDocuments}
     * joins the marks.
     */
    static Highlight highlight(QueryText text) {
        List<Query> marks = new ArrayList<>();
        for (QueryText.Term term : text.terms()) {
            for (String field : TEXT_FIELDS) {
                marks.add(mark(field, term));
                marks.add(stemmed(field + STEMMED, term));
            }
        }
        Query highlightQuery = Query.of(q -> q.bool(b -> b.should(marks)));
        return Highlight.of(h -> h.preTags(String.valueOf(Snippets.START))
                .postTags(String.valueOf(Snippets.STOP))
                .requireFieldMatch(true)
                .highlightQuery(highlightQuery)
                // whole fields (bodies are at most 16 KB); a long body is cut around its first match as the other
                // engine cuts it (IndexedDocuments.highlights), so snippets read the same on either
                .fields(TITLE, f -> f.numberOfFragments(0))
                .fields(CONTEXT, f -> f.numberOfFragments(0))
                .fields(BODY, f -> f.numberOfFragments(0))
                .fields(COMMENT, f -> f.numberOfFragments(0))
                .fields(TITLE + STEMMED, f -> f.numberOfFragments(0))
                .fields(CONTEXT + STEMMED, f -> f.numberOfFragments(0))
                .fields(BODY + STEMMED, f -> f.numberOfFragments(0))
                .fields(COMMENT + STEMMED, f -> f.numberOfFragments(0)));
    }

    private static Query term(QueryText.Term term) {
        List<Query> ways = new ArrayList<>();
        WEIGHTS.forEach((field, weight) -> {
            ways.add(scored(weight * STEM_FACTOR, stemmed(field + STEMMED, term)));
            if (term.phrase()) {
                String phrase = String.join(" ", term.words());
                ways.add(scored(
                        weight, Query.of(q -> q.matchPhrase(m -> m.field(field).query(phrase)))));
                return;
            }
            String word = term.word();
            ways.add(scored(weight, Query.of(q -> q.match(m -> m.field(field).query(FieldValue.of(word))))));
            if (term.prefix()) {
                String start = word.codePointCount(0, word.length()) > MAX_PREFIX
                        ? word.substring(0, word.offsetByCodePoints(0, MAX_PREFIX))
                        : word;
                ways.add(scored(
                        weight * PREFIX_FACTOR,
                        Query.of(q -> q.match(m -> m.field(field + ".prefix").query(FieldValue.of(start))))));
            }
            if (term.typoTolerant()) {
                ways.add(scored(
                        weight * TYPO_FACTOR,
                        Query.of(q -> q.match(m -> m.field(field)
                                .query(FieldValue.of(word))
                                .fuzziness("AUTO")
                                .prefixLength(1)
                                .maxExpansions(TYPO_EXPANSIONS)))));
            }
        });
        return Query.of(q -> q.disMax(d -> d.queries(ways).tieBreaker(0f)));
    }

    private static Query scored(float score, Query match) {
        return Query.of(q -> q.constantScore(c -> c.filter(match).boost(score)));
    }

    private static Map<String, Float> weights() {
        Map<String, Float> weights = new LinkedHashMap<>();
        weights.put(TITLE, TITLE_WEIGHT);
        weights.put(CONTEXT, CONTEXT_WEIGHT);
        weights.put(BODY, BODY_WEIGHT);
        weights.put(COMMENT, COMMENT_WEIGHT);
        return Collections.unmodifiableMap(weights);
    }

    /** The term on a stemmed sub-field: its words' stems, a phrase's in order. */
    private static Query stemmed(String field, QueryText.Term term) {
        if (term.phrase()) {
            String phrase = String.join(" ", term.words());
            return Query.of(q -> q.matchPhrase(m -> m.field(field).query(phrase)));
        }
        return Query.of(q -> q.match(m -> m.field(field).query(FieldValue.of(term.word()))));
    }

    private static Query mark(String field, QueryText.Term term) {
        if (term.phrase()) {
            String phrase = String.join(" ", term.words());
            return Query.of(q -> q.matchPhrase(m -> m.field(field).query(phrase)));
        }
        String word = term.word();
        if (term.prefix()) {
            return Query.of(q -> q.matchBoolPrefix(m -> m.field(field).query(word)));
        }
        if (term.typoTolerant()) {
            return Query.of(q -> q.match(m -> m.field(field)
                    .query(FieldValue.of(word))
                    .fuzziness("AUTO")
                    .prefixLength(1)
                    .maxExpansions(TYPO_EXPANSIONS)));
        }
        return Query.of(q -> q.match(m -> m.field(field).query(FieldValue.of(word))));
    }

    private static List<Query> filters(SearchQuery query) {
        List<Query> filters = new ArrayList<>();
        filters.add(visibleTo(query));
        if (!query.types().isEmpty()) {
            List<FieldValue> types = query.types().stream()
                    .map(DocumentType::wire)
                    .sorted()
                    .map(FieldValue::of)
                    .toList();
            filters.add(terms(IndexedDocuments.TYPE, types));
        }
        if (query.projectId() != null) {
            filters.add(term(IndexedDocuments.PROJECT_ID, query.projectId().toString()));
        }
        if (SearchDocument.OPEN.equals(query.status())) {
            // tasks neither completed nor cancelled: a status, and open
            filters.add(Query.of(q -> q.exists(e -> e.field(IndexedDocuments.STATUS))));
            filters.add(Query.of(q -> q.term(t -> t.field(IndexedDocuments.OPEN).value(FieldValue.of(1)))));
        } else if (query.status() != null) {
            filters.add(term(IndexedDocuments.STATUS, query.status()));
        }
        return filters;
    }

    /** Documents of the projects the caller sees, and the caller's own documents that belong to no project. */
    private static Query visibleTo(SearchQuery query) {
        List<Query> ways = new ArrayList<>();
        if (!query.visibleProjectIds().isEmpty()) {
            List<FieldValue> projects = query.visibleProjectIds().stream()
                    .map(UUID::toString)
                    .map(FieldValue::of)
                    .toList();
            ways.add(terms(IndexedDocuments.PROJECT_ID, projects));
        }
        if (query.callerId() != null) {
            String owner = query.callerId().toString();
            ways.add(Query.of(q -> q.bool(b -> b.filter(term(IndexedDocuments.OWNER_ID, owner))
                    .mustNot(m -> m.exists(e -> e.field(IndexedDocuments.PROJECT_ID))))));
        }
        if (ways.isEmpty()) {
            return Query.of(q -> q.matchNone(n -> n));
        }
        return Query.of(q -> q.bool(b -> b.should(ways).minimumShouldMatch("1")));
    }

    static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
    }

    private static Query terms(String field, List<FieldValue> values) {
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(values))));
    }
}
