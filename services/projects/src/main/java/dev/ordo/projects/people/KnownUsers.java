package dev.ordo.projects.people;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The replica of identity's users, kept from their events. Never asked on the request path of another
 * service; rebuilt by replaying {@code ordo.identity.user}. An event older than what is held (by aggregate
 * version; 0 = from before versions, applied in arrival order) changes nothing.
 */
@Repository
public class KnownUsers {

    private final JdbcClient jdbc;

    KnownUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the user, or replaces what was known if this version is newer. */
    public boolean put(KnownUser user, boolean emailVerified, long version, Instant at) {
        return jdbc.sql("""
                        insert into known_user (id, email, name, email_verified, version, updated_at)
                        values (:id, :email, :name, :verified, :version, :at)
                        on conflict (id) do update set email = excluded.email, name = excluded.name,
                            email_verified = excluded.email_verified, version = excluded.version,
                            updated_at = excluded.updated_at
                        where excluded.version = 0 or known_user.version < excluded.version""")
                        .param("id", user.id())
                        .param("email", user.email())
                        .param("name", user.name())
                        .param("verified", emailVerified)
                        .param("version", version)
                        .param("at", Timestamp.from(at))
                        .update()
                > 0;
    }

    /**
     * The user proved they own {@code email} (user.email-verified), or now signs in with it after following the
     * link mailed to it (user.email-changed): either way it is their verified address, if this is newer.
     */
    public boolean verifiedEmail(UUID id, String email, long version, Instant at) {
        return jdbc.sql("""
                        update known_user set email = :email, email_verified = true, version = :version,
                            updated_at = :at
                        where id = :id and (:version = 0 or version < :version)""")
                        .param("id", id)
                        .param("email", email)
                        .param("version", version)
                        .param("at", Timestamp.from(at))
                        .update()
                > 0;
    }

    public Map<UUID, KnownUser> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<KnownUser> users = jdbc.sql("select id, email, name from known_user where id in (:ids)")
                .param("ids", ids)
                .query((rs, row) ->
                        new KnownUser(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("name")))
                .list();
        return users.stream().collect(Collectors.toMap(KnownUser::id, Function.identity()));
    }

    /** The user who owns this address: only a verified address belongs to anyone. */
    public Optional<UUID> idByEmail(String normalisedEmail) {
        return jdbc.sql("""
                        select id from known_user where email = :email and email_verified
                        order by updated_at desc limit 1""").param("email", normalisedEmail).query(UUID.class).optional();
    }

    /** For a replay: forgotten, then rebuilt from {@code ordo.identity.user}. */
    public void clear() {
        jdbc.sql("delete from known_user").update();
    }
}
