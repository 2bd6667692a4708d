package dev.ordo.projects.people;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The replica of identity's users, kept from user.registered and user.updated. Never asked on the
 * request path of another service; rebuilt by replaying {@code ordo.identity.user}.
 */
@Repository
public class KnownUsers {

    private final JdbcClient jdbc;

    KnownUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the user, or replaces what was known (the latest event of a user wins: they arrive in order). */
    public void put(KnownUser user, Instant at) {
        jdbc.sql("""
                        insert into known_user (id, email, name, updated_at) values (:id, :email, :name, :at)
                        on conflict (id) do update set email = excluded.email, name = excluded.name,
                            updated_at = excluded.updated_at""")
                .param("id", user.id()).param("email", user.email()).param("name", user.name())
                .param("at", Timestamp.from(at))
                .update();
    }

    public Map<UUID, KnownUser> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<KnownUser> users = jdbc.sql("select id, email, name from known_user where id in (:ids)")
                .param("ids", ids)
                .query((rs, row) -> new KnownUser(rs.getObject("id", UUID.class), rs.getString("email"),
                        rs.getString("name")))
                .list();
        return users.stream().collect(Collectors.toMap(KnownUser::id, Function.identity()));
    }

    public Optional<UUID> idByEmail(String normalisedEmail) {
        return jdbc.sql("select id from known_user where email = :email order by updated_at desc limit 1")
                .param("email", normalisedEmail).query(UUID.class).optional();
    }
}
