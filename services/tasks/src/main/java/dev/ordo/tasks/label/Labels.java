package dev.ordo.tasks.label;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every user's labels. Names are unique per owner, ignoring case. */
@Repository
class Labels {

    private final JdbcClient jdbc;

    Labels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false if the owner has a label of that name already (the unique index decides) */
    boolean add(Label label) {
        return jdbc.sql("""
                        insert into label (id, owner_id, name, color, created_at)
                        values (:id, :ownerId, :name, :color, :createdAt)
                        on conflict (owner_id, lower(name)) do nothing""")
                        .param("id", label.id())
                        .param("ownerId", label.ownerId())
                        .param("name", label.name())
                        .param("color", label.color())
                        .param("createdAt", Timestamp.from(label.createdAt()))
                        .update()
                == 1;
    }

    Optional<Label> byId(UUID ownerId, UUID id) {
        return jdbc.sql("select * from label where id = :id and owner_id = :ownerId")
                .param("id", id)
                .param("ownerId", ownerId)
                .query(Labels::map)
                .optional();
    }

    /** As {@link #byId}, with the row locked until the transaction ends. */
    Optional<Label> lock(UUID ownerId, UUID id) {
        return jdbc.sql("select * from label where id = :id and owner_id = :ownerId for update")
                .param("id", id)
                .param("ownerId", ownerId)
                .query(Labels::map)
                .optional();
    }

    /** The owner's labels of these names (ignoring case), in one statement: by the name as asked. */
    Map<String, Label> byNames(UUID ownerId, Collection<String> names) {
        Map<String, Label> found = new HashMap<>();
        if (names.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select l.*, q.asked from label l join unnest(cast(:names as text[])) as q(asked)
                            on lower(l.name) = lower(q.asked)
                        where l.owner_id = :ownerId""")
                .param("ownerId", ownerId)
                .param("names", names.toArray(String[]::new))
                .query((rs, row) -> found.put(rs.getString("asked"), map(rs, row)))
                .list();
        return found;
    }

    Optional<Label> byName(UUID ownerId, String name) {
        return jdbc.sql("select * from label where owner_id = :ownerId and lower(name) = lower(:name)")
                .param("ownerId", ownerId)
                .param("name", name)
                .query(Labels::map)
                .optional();
    }

    /** The owner's labels by (lower(name), id), after the given position. */
    List<Label> page(UUID ownerId, List<String> after, int limit) {
        String from = after == null ? "" : "and (lower(name), id) > (:afterName, cast(:afterId as uuid))";
        var statement = jdbc.sql("""
                        select * from label where owner_id = :ownerId %s
                        order by lower(name), id limit :limit""".formatted(from)).param("ownerId", ownerId).param("limit", limit);
        if (after != null) {
            statement = statement.param("afterName", after.get(0)).param("afterId", after.get(1));
        }
        return statement.query(Labels::map).list();
    }

    void update(Label label) {
        jdbc.sql("update label set name = :name, color = :color where id = :id")
                .param("id", label.id())
                .param("name", label.name())
                .param("color", label.color())
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from label where id = :id").param("id", id).update();
    }

    private static Label map(ResultSet rs, int row) throws SQLException {
        return new Label(
                rs.getObject("id", UUID.class),
                rs.getObject("owner_id", UUID.class),
                rs.getString("name"),
                rs.getString("color"),
                rs.getTimestamp("created_at").toInstant());
    }
}
