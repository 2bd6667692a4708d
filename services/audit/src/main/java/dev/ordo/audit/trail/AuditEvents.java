package dev.ordo.audit.trail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The audit trail in PostgreSQL ({@code audit_event}). Rows are only ever added and expired. */
@Repository
public class AuditEvents {

    private static final String COLUMNS =
            "id, type, source, topic, subject, actor, data_version, occurred_at, recorded_at, payload::text as payload";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public AuditEvents(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** @return {@code false} if an event with this id is already recorded (it is left as it was) */
    public boolean add(AuditEvent event) {
        return jdbc.sql("""
                        insert into audit_event
                            (id, type, source, topic, subject, actor, data_version, occurred_at, recorded_at, payload)
                        values (:id, :type, :source, :topic, :subject, :actor, :dataVersion, :occurredAt, :recordedAt,
                                cast(:payload as jsonb))
                        on conflict (id) do nothing""")
                        .param("id", event.id())
                        .param("type", event.type())
                        .param("source", event.source())
                        .param("topic", event.topic())
                        .param("subject", event.subject())
                        .param("actor", event.actor())
                        .param("dataVersion", event.dataVersion())
                        .param("occurredAt", Timestamp.from(event.occurredAt()))
                        .param("recordedAt", Timestamp.from(event.recordedAt()))
                        .param("payload", json.writeValueAsString(event.data()))
                        .update()
                == 1;
    }

    /**
     * Adds a batch in one statement (one round trip however many there are), in their order.
     *
     * @return the ids of the events that were new (the others were recorded already and are left as they were)
     */
    public Set<UUID> addAll(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return Set.of();
        }
        int n = events.size();
        String[] ids = new String[n];
        String[] types = new String[n];
        String[] sources = new String[n];
        String[] topics = new String[n];
        String[] subjects = new String[n];
        String[] actors = new String[n];
        String[] dataVersions = new String[n];
        String[] occurredAts = new String[n];
        String[] recordedAts = new String[n];
        String[] payloads = new String[n];
        for (int i = 0; i < n; i++) {
            AuditEvent event = events.get(i);
            ids[i] = event.id().toString();
            types[i] = event.type();
            sources[i] = event.source();
            topics[i] = event.topic();
            subjects[i] = event.subject();
            actors[i] = event.actor();
            dataVersions[i] = Integer.toString(event.dataVersion());
            occurredAts[i] = event.occurredAt().toString();
            recordedAts[i] = event.recordedAt().toString();
            payloads[i] = json.writeValueAsString(event.data());
        }
        // unnest keeps the arrays' order, so the rows go in (and a duplicate id within the batch is skipped) in
        // the events' order; texts are cast here so that the driver binds plain text arrays
        return new HashSet<>(jdbc.sql("""
                        insert into audit_event
                            (id, type, source, topic, subject, actor, data_version, occurred_at, recorded_at, payload)
                        select cast(id as uuid), type, source, topic, subject, actor, cast(data_version as integer),
                               cast(occurred_at as timestamptz), cast(recorded_at as timestamptz), cast(payload as jsonb)
                        from unnest(cast(:ids as text[]), cast(:types as text[]), cast(:sources as text[]),
                                    cast(:topics as text[]), cast(:subjects as text[]), cast(:actors as text[]),
                                    cast(:dataVersions as text[]), cast(:occurredAts as text[]),
                                    cast(:recordedAts as text[]), cast(:payloads as text[]))
                            as e (id, type, source, topic, subject, actor, data_version, occurred_at, recorded_at,
                                  payload)
                        on conflict (id) do nothing
                        returning id""")
                .param("ids", ids)
                .param("types", types)
                .param("sources", sources)
                .param("topics", topics)
                .param("subjects", subjects)
                .param("actors", actors)
                .param("dataVersions", dataVersions)
                .param("occurredAts", occurredAts)
                .param("recordedAts", recordedAts)
                .param("payloads", payloads)
                .query(UUID.class)
                .list());
    }

    /** Up to {@code limit} matching events strictly after {@code after} (or from the newest), newest first. */
    public List<AuditEvent> find(AuditEventFilter filter, Position after, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        criterion(where, params, "type = :type", "type", filter.type());
        criterion(where, params, "subject = :subject", "subject", filter.subject());
        criterion(where, params, "actor = :actor", "actor", filter.actor());
        criterion(where, params, "occurred_at >= :from", "from", timestamp(filter.from()));
        criterion(where, params, "occurred_at < :to", "to", timestamp(filter.to()));
        if (after != null) {
            where.add("(occurred_at, id) < (:afterAt, :afterId)");
            params.put("afterAt", Timestamp.from(after.occurredAt()));
            params.put("afterId", after.id());
        }
        params.put("limit", limit);
        String sql = "select " + COLUMNS + " from audit_event"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by occurred_at desc, id desc limit :limit";
        return jdbc.sql(sql).params(params).query((rs, row) -> map(rs)).list();
    }

    public boolean contains(UUID id) {
        return jdbc.sql("select exists (select 1 from audit_event where id = :id)")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    /**
     * Deletes at most {@code batchSize} events that happened before {@code cutoff}, so that a large
     * backlog is expired in short transactions instead of one that locks and bloats for minutes. The
     * service's role may not delete from the trail itself: {@code expire_audit_events} does it with the
     * owner's rights, and refuses a cutoff less than a day ago.
     *
     * @return how many were deleted; fewer than {@code batchSize} means none are left
     */
    public int deleteOccurredBefore(Instant cutoff, int batchSize) {
        return jdbc.sql("select expire_audit_events(:cutoff, :batch)")
                .param("cutoff", Timestamp.from(cutoff))
                .param("batch", batchSize)
                .query(Integer.class)
                .single();
    }

    private static void criterion(
            List<String> where, Map<String, Object> params, String condition, String name, Object value) {
        if (value != null) {
            where.add(condition);
            params.put(name, value);
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private AuditEvent map(ResultSet rs) throws SQLException {
        return new AuditEvent(
                rs.getObject("id", UUID.class),
                rs.getString("type"),
                rs.getString("source"),
                rs.getString("topic"),
                rs.getString("subject"),
                rs.getString("actor"),
                rs.getInt("data_version"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getTimestamp("recorded_at").toInstant(),
                json.readTree(rs.getString("payload")));
    }
}
