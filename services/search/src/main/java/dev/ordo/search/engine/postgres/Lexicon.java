package dev.ordo.search.engine.postgres;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The words documents are made of ({@code search_word}), where a misspelt query word finds the words it may have
 * meant: words with trigrams in common and at most two edits away ({@code meetnig} → {@code meeting}). New words are
 * written once per transaction, sorted, just before it commits, so two consumers writing the same new words wait
 * for each other in one order and never deadlock; outside a transaction, at once.
 */
final class Lexicon {

    /** The fewest letters of a word worth a typo search (shorter words have too many neighbours). */
    static final int MIN_LENGTH = 4;

    static final int MAX_LENGTH = 64;

    /** The most words a misspelt query word may stand for. */
    private static final int CANDIDATES = 3;

    private final JdbcClient jdbc;

    Lexicon(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Remembers the words of {@code text} (before the transaction commits, or now without one). */
    void learn(String text) {
        if (text.isBlank()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            insert(text);
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.texts.add(text);
    }

    /**
     * For each word that is not a known word itself, the known words it may be a typo of, closest first.
     *
     * @param words folded query words
     */
    Map<String, List<String>> corrections(List<String> words) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (words.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                        select q.word as typed, c.word as meant
                        from unnest(:words) as q(word)
                        cross join lateral (
                            select s.word from search_word s
                            where s.word %% q.word
                              and levenshtein(s.word, q.word) <= case when length(q.word) <= 5 then 1 else 2 end
                              and not exists (select 1 from search_word known where known.word = q.word)
                            order by levenshtein(s.word, q.word), similarity(s.word, q.word) desc, s.word
                            limit %d) c""".formatted(CANDIDATES))
                .param("words", words.toArray(String[]::new))
                .query((rs, n) -> Map.entry(rs.getString("typed"), rs.getString("meant")))
                .list()
                .forEach(e ->
                        out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    private void insert(String text) {
        jdbc.sql("""
                        insert into search_word (word)
                        select distinct w from unnest(tsvector_to_array(to_tsvector('ordo_prefix', search_plain(:text)))) w
                        where length(w) between %d and %d
                        order by 1
                        on conflict do nothing""".formatted(MIN_LENGTH, MAX_LENGTH)).param("text", text).update();
    }

    private final class Pending implements TransactionSynchronization {

        private final List<String> texts = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            if (!texts.isEmpty()) {
                insert(String.join("\n", texts));
                texts.clear();
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(Lexicon.this);
        }
    }
}
