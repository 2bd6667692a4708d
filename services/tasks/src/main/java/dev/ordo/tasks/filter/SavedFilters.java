package dev.ordo.tasks.filter;

import dev.ordo.tasks.web.Positions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every user's saved filters; names are unique per owner, ignoring case. */
@Repository
class SavedFilters {

    private final JdbcClient jdbc;

    SavedFilters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false if the owner has a filter of that name already */
    boolean add(SavedFilter f) {
        return jdbc.sql("""
                        insert into saved_filter (id, owner_id, name, query, position, created_at, updated_at)
                        values (:id, :ownerId, :name, :query, :position, :createdAt, :updatedAt)
                        on conflict (owner_id, lower(name)) do nothing""")
                        .param("id", f.id())
                        .param("ownerId", f.ownerId())
                        .param("name", f.name())
                        .param("query", f.query())
                        .param("position", f.position())
                        .param("createdAt", Timestamp.from(f.createdAt()))
                        .param("updatedAt", Timestamp.from(f.updatedAt()))
                        .update()
                == 1;
    }

    Optional<SavedFilter> byId(UUID ownerId, UUID id) {
        return jdbc.sql("select * from saved_filter where id = :id and owner_id = :ownerId")
                .param("id", id)
                .param("ownerId", ownerId)
                .query(SavedFilters::map)
                .optional();
    }

    Optional<SavedFilter> lock(UUID ownerId, UUID id) {
        return jdbc.sql("select * from saved_filter where id = :id and owner_id = :ownerId for update")
                .param("id", id)
                .param("ownerId", ownerId)
                .query(SavedFilters::map)
                .optional();
    }

    boolean nameTaken(UUID ownerId, String name, UUID except) {
        return jdbc.sql(
                                "select count(*) from saved_filter where owner_id = :ownerId and lower(name) = lower(:name) and id <> :except")
                        .param("ownerId", ownerId)
                        .param("name", name)
                        .param("except", except)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** After the last filter; when that one is at the end of the range, the filters are renumbered first. */
    long nextPosition(UUID ownerId) {
        OptionalLong next = Positions.after(
                jdbc.sql("select coalesce(max(position), 0) from saved_filter where owner_id = :ownerId")
                        .param("ownerId", ownerId)
                        .query(Long.class)
                        .single());
        if (next.isPresent()) {
            return next.getAsLong();
        }
        int count = jdbc.sql("""
                        with ordered as (
                            select id, row_number() over (order by position, id) * :gap as position
                            from saved_filter where owner_id = :ownerId)
                        update saved_filter f set position = o.position from ordered o where f.id = o.id""")
                .param("gap", Positions.GAP)
                .param("ownerId", ownerId)
                .update();
        return Positions.afterRenumbered(count);
    }

    List<SavedFilter> page(UUID ownerId, List<String> after, int limit) {
        String from =
                after == null ? "" : "and (position, id) > (cast(:afterPosition as bigint), cast(:afterId as uuid))";
        var statement = jdbc.sql("""
                        select * from saved_filter where owner_id = :ownerId %s
                        order by position, id limit :limit""".formatted(from)).param("ownerId", ownerId).param("limit", limit);
        if (after != null) {
            statement = statement.param("afterPosition", after.get(0)).param("afterId", after.get(1));
        }
        return statement.query(SavedFilters::map).list();
    }

    void update(SavedFilter f) {
        jdbc.sql(
                        "update saved_filter set name = :name, query = :query, position = :position, updated_at = :updatedAt where id = :id")
                .param("id", f.id())
                .param("name", f.name())
                .param("query", f.query())
                .param("position", f.position())
                .param("updatedAt", Timestamp.from(f.updatedAt()))
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from saved_filter where id = :id").param("id", id).update();
    }

    private static SavedFilter map(ResultSet rs, int row) throws SQLException {
        return new SavedFilter(
                rs.getObject("id", UUID.class),
                rs.getObject("owner_id", UUID.class),
                rs.getString("name"),
                rs.getString("query"),
                rs.getLong("position"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
