package dev.ordo.calendar.event;

import dev.ordo.calendar.recurrence.Rule;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The events and their changed occurrences. */
@Repository
public class Events {

    private static final String VISIBLE = """
            ((e.project_id is null and e.created_by = :user)
             or e.project_id in (select m.project_id from membership m
                                 left join project_replica p on p.id = m.project_id
                                 where m.user_id = :user and not coalesce(p.archived, false)))""";

    private final JdbcClient jdbc;

    Events(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CalendarEvent> byId(UUID id, boolean lock) {
        return jdbc.sql("select * from calendar_event where id = :id" + (lock ? " for update" : ""))
                .param("id", id)
                .query(this::row)
                .optional()
                .map(e -> withChanges(List.of(e)).getFirst());
    }

    /** A page of the events the user sees, by creation, after the position (created_at, id) given. */
    List<CalendarEvent> page(UUID user, UUID projectId, List<String> after, int size) {
        String sql = "select e.* from calendar_event e where " + VISIBLE
                + (projectId == null ? "" : " and e.project_id = :project")
                + (after == null ? "" : " and (e.created_at, e.id) > (cast(:at as timestamptz), cast(:id as uuid))")
                + " order by e.created_at, e.id limit :size";
        var spec = jdbc.sql(sql).param("user", user).param("size", size);
        if (projectId != null) {
            spec = spec.param("project", projectId);
        }
        if (after != null) {
            spec = spec.param("at", after.get(0)).param("id", after.get(1));
        }
        return withChanges(spec.query(this::row).list());
    }

    /**
     * The events the user sees that may have an occurrence between the two local date-times (a margin of a day
     * each side covers every zone): every series that starts before the end, single events that overlap.
     */
    public List<CalendarEvent> visibleBetween(UUID user, LocalDateTime from, LocalDateTime to) {
        return withChanges(jdbc.sql("select e.* from calendar_event e where " + VISIBLE + """
                         and e.start_at <= :to
                         and (e.recurrence is not null or e.end_at >= :from)
                        order by e.start_at, e.id""")
                .param("user", user)
                .param("from", Timestamp.valueOf(from))
                .param("to", Timestamp.valueOf(to))
                .query(this::row)
                .list());
    }

    /** Every event the user sees (the feed). */
    public List<CalendarEvent> visible(UUID user) {
        return withChanges(jdbc.sql("select e.* from calendar_event e where " + VISIBLE + " order by e.start_at, e.id")
                .param("user", user)
                .query(this::row)
                .list());
    }

    void insert(CalendarEvent e) {
        jdbc.sql("""
                        insert into calendar_event (id, project_id, title, description, location, all_day, start_at, end_at,
                            timezone, recurrence, attendees, created_by, created_at, updated_at, version)
                        values (:id, :projectId, :title, :description, :location, :allDay, :start, :end, :zone,
                            :recurrence, :attendees, :createdBy, :createdAt, :updatedAt, :version)""").params(params(e)).update();
        insertChanges(e);
    }

    void update(CalendarEvent e) {
        jdbc.sql("""
                        update calendar_event set project_id = :projectId, title = :title, description = :description,
                            location = :location, all_day = :allDay, start_at = :start, end_at = :end, timezone = :zone,
                            recurrence = :recurrence, attendees = :attendees, updated_at = :updatedAt, version = :version
                        where id = :id""").params(params(e)).update();
        jdbc.sql("delete from event_exception where event_id = :id")
                .param("id", e.id())
                .update();
        insertChanges(e);
    }

    void delete(UUID id) {
        jdbc.sql("delete from calendar_event where id = :id").param("id", id).update();
    }

    private void insertChanges(CalendarEvent e) {
        for (Change c : e.changes()) {
            jdbc.sql("""
                            insert into event_exception (event_id, occurrence, cancelled, title, description, location,
                                start_at, end_at)
                            values (:id, :occurrence, :cancelled, :title, :description, :location, :start, :end)""")
                    .param("id", e.id())
                    .param("occurrence", Times.format(c.occurrence()))
                    .param("cancelled", c.cancelled())
                    .param("title", c.title())
                    .param("description", c.description())
                    .param("location", c.location())
                    .param("start", timestamp(c.start()))
                    .param("end", timestamp(c.end()))
                    .update();
        }
    }

    private static Map<String, Object> params(CalendarEvent e) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", e.id());
        p.put("projectId", e.projectId());
        p.put("title", e.title());
        p.put("description", e.description());
        p.put("location", e.location());
        p.put("allDay", e.allDay());
        p.put("start", timestamp(e.start()));
        p.put("end", timestamp(e.end()));
        p.put("zone", e.zone().getId());
        p.put("recurrence", e.rule() == null ? null : e.rule().text());
        p.put("attendees", e.attendees().toArray(String[]::new));
        p.put("createdBy", e.createdBy());
        p.put("createdAt", Timestamp.from(e.createdAt()));
        p.put("updatedAt", Timestamp.from(e.updatedAt()));
        p.put("version", e.version());
        return p;
    }

    private static Timestamp timestamp(Temporal t) {
        return t == null ? null : Timestamp.valueOf(Times.toDateTime(t));
    }

    private List<CalendarEvent> withChanges(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Change>> changes = new HashMap<>();
        Map<UUID, Boolean> allDay = new HashMap<>();
        rows.forEach(r -> allDay.put(r.id, r.allDay));
        jdbc.sql("select * from event_exception where event_id = any(:ids)")
                .param("ids", rows.stream().map(Row::id).toArray(UUID[]::new))
                .query((rs, n) -> {
                    UUID id = rs.getObject("event_id", UUID.class);
                    boolean day = allDay.get(id);
                    Change c = new Change(
                            Times.parse(rs.getString("occurrence"), day, "occurrence"),
                            rs.getBoolean("cancelled"),
                            rs.getString("title"),
                            rs.getString("description"),
                            rs.getString("location"),
                            local(rs.getTimestamp("start_at"), day),
                            local(rs.getTimestamp("end_at"), day));
                    changes.computeIfAbsent(id, k -> new ArrayList<>()).add(c);
                    return c;
                })
                .list();
        return rows.stream()
                .map(r -> r.event(changes.getOrDefault(r.id, List.of())))
                .toList();
    }

    private static Temporal local(Timestamp t, boolean allDay) {
        if (t == null) {
            return null;
        }
        LocalDateTime dt = t.toLocalDateTime();
        return allDay ? dt.toLocalDate() : dt;
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs);
    }

    /** A row read, to be joined with its changed occurrences. */
    private record Row(UUID id, boolean allDay, CalendarEventData data) {

        Row(ResultSet rs) throws SQLException {
            this(rs.getObject("id", UUID.class), rs.getBoolean("all_day"), CalendarEventData.of(rs));
        }

        CalendarEvent event(List<Change> changes) {
            return data.event(changes);
        }
    }

    /** The columns of an event row. */
    private record CalendarEventData(
            UUID id,
            UUID projectId,
            String title,
            String description,
            String location,
            boolean allDay,
            Temporal start,
            Temporal end,
            String zone,
            String recurrence,
            List<String> attendees,
            UUID createdBy,
            java.time.Instant createdAt,
            java.time.Instant updatedAt,
            long version) {

        static CalendarEventData of(ResultSet rs) throws SQLException {
            boolean allDay = rs.getBoolean("all_day");
            Array attendees = rs.getArray("attendees");
            return new CalendarEventData(
                    rs.getObject("id", UUID.class),
                    rs.getObject("project_id", UUID.class),
                    rs.getString("title"),
                    rs.getString("description"),
                    rs.getString("location"),
                    allDay,
                    local(rs.getTimestamp("start_at"), allDay),
                    local(rs.getTimestamp("end_at"), allDay),
                    rs.getString("timezone"),
                    rs.getString("recurrence"),
                    attendees == null ? List.of() : Arrays.asList((String[]) attendees.getArray()),
                    rs.getObject("created_by", UUID.class),
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getTimestamp("updated_at").toInstant(),
                    rs.getLong("version"));
        }

        CalendarEvent event(List<Change> changes) {
            return new CalendarEvent(
                    id,
                    projectId,
                    title,
                    description,
                    location,
                    allDay,
                    start,
                    end,
                    ZoneId.of(zone),
                    recurrence == null ? null : Rule.parse(recurrence, "recurrence"),
                    attendees,
                    createdBy,
                    createdAt,
                    updatedAt,
                    version,
                    changes);
        }
    }
}
