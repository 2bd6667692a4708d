package dev.ordo.audit.summary;

import dev.ordo.audit.trail.AuditEvent;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The names audit has seen, with when each was given ({@code audit_name}), learned from the events it
 * records. Summaries read them as they were when an event happened, so a later rename changes no line of
 * the trail, and the order in which topics arrive does not matter: a name learned late still lands at its
 * time. Learning is idempotent, so a redelivered or replayed event changes nothing, and a replay restores
 * every name.
 */
@Repository
public class Names {

    private final JdbcClient jdbc;
    private final NameSources sources;

    Names(JdbcClient jdbc, NameSources sources) {
        this.jdbc = jdbc;
        this.sources = sources;
    }

    /** Remembers the names {@code event} gives, if any. */
    public void learnFrom(AuditEvent event) {
        for (Naming naming : sources.namingsOf(event)) {
            jdbc.sql("""
                            insert into audit_name (kind, id, since, name) values (:kind, :id, :since, :name)
                            on conflict (kind, id, since) do nothing""")
                    .param("kind", naming.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .param("id", naming.id())
                    .param("since", Timestamp.from(naming.since()))
                    .param("name", naming.name())
                    .update();
        }
    }

    /**
     * Remembers the names a batch of events gives, in one statement (one round trip however many there are).
     * Learning needs no lookup: a naming is keyed by the time of its event, so it is simply added if new.
     */
    public void learnFromAll(List<AuditEvent> events) {
        List<Naming> namings = new java.util.ArrayList<>();
        for (AuditEvent event : events) {
            namings.addAll(sources.namingsOf(event));
        }
        if (namings.isEmpty()) {
            return;
        }
        int n = namings.size();
        String[] kinds = new String[n];
        String[] ids = new String[n];
        String[] sinces = new String[n];
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            Naming naming = namings.get(i);
            kinds[i] = naming.kind().name().toLowerCase(java.util.Locale.ROOT);
            ids[i] = naming.id().toString();
            sinces[i] = naming.since().toString();
            names[i] = naming.name();
        }
        jdbc.sql("""
                        insert into audit_name (kind, id, since, name)
                        select kind, cast(id as uuid), cast(since as timestamptz), name
                        from unnest(cast(:kinds as text[]), cast(:ids as text[]), cast(:sinces as text[]),
                                    cast(:names as text[])) as n (kind, id, since, name)
                        on conflict (kind, id, since) do nothing""")
                .param("kinds", kinds)
                .param("ids", ids)
                .param("sinces", sinces)
                .param("names", names)
                .update();
    }

    /** Every name of every kind ever given to one of {@code ids}. */
    NameBook of(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return NameBook.EMPTY;
        }
        List<Naming> namings = jdbc.sql("select kind, id, since, name from audit_name where id in (:ids)")
                .param("ids", List.copyOf(ids))
                .query((rs, row) -> new Naming(
                        NameKind.valueOf(rs.getString("kind").toUpperCase(java.util.Locale.ROOT)),
                        rs.getObject("id", UUID.class),
                        rs.getTimestamp("since").toInstant(),
                        rs.getString("name")))
                .list();
        return new NameBook(namings);
    }
}
