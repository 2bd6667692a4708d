package dev.ordo.search.engine.postgres;

import dev.ordo.search.engine.DocumentType;
import dev.ordo.search.engine.Highlight;
import dev.ordo.search.engine.IndexWriter;
import dev.ordo.search.engine.SearchEngine;
import dev.ordo.search.engine.SearchHit;
import dev.ordo.search.engine.SearchQuery;
import dev.ordo.search.engine.Snippets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The search index in the service's own PostgreSQL database (ADR 0033): one row per document with a weighted
 * {@code tsvector} under a GIN index, accents folded by {@code unaccent}, typos looked up in a trigram-indexed
 * lexicon, snippets by {@code ts_headline}. A rebuild fills {@code search_document_shadow} and swaps it in with one
 * statement (the old table dropped), so searches never see a half-built index.
 */
public final class PostgresSearchEngine implements SearchEngine {

    static final String LIVE = "search_document";
    static final String SHADOW = "search_document_shadow";

    /** A long body's snippet: about this many characters around its first match. */
    static final int BODY_SNIPPET = 200;

    private final JdbcClient jdbc;
    private final Lexicon lexicon;
    private final PostgresIndex live;
    private final PostgresIndex shadow;

    public PostgresSearchEngine(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.lexicon = new Lexicon(jdbc);
        this.live = new PostgresIndex(jdbc, LIVE, lexicon);
        this.shadow = new PostgresIndex(jdbc, SHADOW, lexicon);
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public List<SearchHit> search(SearchQuery query) {
        PostgresQuery sql = PostgresQuery.of(query, lexicon);
        if (sql == null) {
            return List.of();
        }
        return jdbc.sql(sql.text())
                .params(sql.params())
                .query(PostgresSearchEngine::hit)
                .list();
    }

    @Override
    public IndexWriter beginRebuild() {
        jdbc.sql("drop table if exists " + SHADOW).update();
        jdbc.sql("create table " + SHADOW + " (like " + LIVE + " including all)")
                .update();
        return shadow;
    }

    @Override
    public Optional<IndexWriter> rebuild() {
        return shadowExists() ? Optional.of(shadow) : Optional.empty();
    }

    /** One statement: searches see the old table or the new one, never none or a half-built one. */
    @Override
    public void completeRebuild() {
        jdbc.sql("""
                        do $$
                        declare
                            r record;
                        begin
                            if to_regclass('%1$s') is null then
                                return;
                            end if;
                            lock table %2$s in access exclusive mode;
                            drop table %2$s;
                            alter table %1$s rename to %2$s;
                            for r in select indexname from pg_indexes
                                     where schemaname = current_schema() and tablename = '%2$s' loop
                                execute format('alter index %%I rename to %%I',
                                        r.indexname, replace(r.indexname, '%1$s', '%2$s'));
                            end loop;
                        end $$""".formatted(SHADOW, LIVE)).update();
    }

    @Override
    public void abortRebuild() {
        jdbc.sql("drop table if exists " + SHADOW).update();
    }

    private boolean shadowExists() {
        return Boolean.TRUE.equals(jdbc.sql("select to_regclass(:t) is not null")
                .param("t", SHADOW)
                .query(Boolean.class)
                .single());
    }

    // ---- writes to the live generation (SearchEngine's own writes go there)

    @Override
    public IndexWriter live() {
        return live;
    }

    private static SearchHit hit(ResultSet rs, int row) throws SQLException {
        List<Highlight> highlights = new ArrayList<>(3);
        String title = rs.getString("title_marked");
        if (title != null && Snippets.marked(title)) {
            highlights.add(new Highlight(Highlight.TITLE, Snippets.render(title)));
        }
        String context = rs.getString("context_marked");
        if (context != null && Snippets.marked(context)) {
            highlights.add(new Highlight(Highlight.CONTEXT, Snippets.render(context)));
        }
        String body = rs.getString("body_marked");
        if (body != null && Snippets.marked(body)) {
            highlights.add(new Highlight(Highlight.BODY, Snippets.render(Snippets.fragment(body, BODY_SNIPPET))));
        }
        DocumentType type = DocumentType.valueOf(rs.getString("type"));
        UUID id = rs.getObject("id", UUID.class);
        int bucket = rs.getInt("bucket");
        long score = rs.getLong("score");
        long micros = rs.getLong("micros");
        return new SearchHit(
                type,
                id,
                rs.getObject("project_id", UUID.class),
                rs.getObject("task_id", UUID.class),
                rs.getString("title"),
                rs.getString("project_name"),
                rs.getString("status"),
                rs.getString("priority"),
                rs.getObject("due", java.time.LocalDate.class),
                rs.getObject("assignee_id", UUID.class),
                rs.getObject("updated_at", java.time.OffsetDateTime.class).toInstant(),
                score / (double) PostgresQuery.SCORE_SCALE,
                List.copyOf(highlights),
                PostgresQuery.sortKey(bucket, score, micros, id, type));
    }
}
