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
