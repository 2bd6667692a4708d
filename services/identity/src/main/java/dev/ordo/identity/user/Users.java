package dev.ordo.identity.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accounts, with their password hashes (which only {@link #passwordHashOf} hands out). */
@Repository
public class Users {

    private final JdbcClient jdbc;

    public Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws EmailAlreadyRegistered when another account has the address (the unique index says so) */
    public void add(User user, String passwordHash) {
        try {
            jdbc.sql("""
                            insert into users (id, email, name, password_hash, timezone, locale, theme, default_task_sort,
                                notify_email, notify_push, notify_in_app, notify_daily_digest, roles,
                                email_verified, created_at, updated_at, version)
                            values (:id, :email, :name, :passwordHash, :timezone, :locale, :theme, :sort,
                                :notifyEmail, :notifyPush, :notifyInApp, :notifyDailyDigest, :roles,
                                :emailVerified, :createdAt, :updatedAt, :version)""")
                    .params(profileParams(user))
                    .param("passwordHash", passwordHash)
                    .param("roles", user.roles().toArray(String[]::new))
                    .param("emailVerified", user.emailVerified())
                    .param("createdAt", Timestamp.from(user.createdAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new EmailAlreadyRegistered(e);
        }
    }

    public Optional<User> byId(UUID id) {
        return jdbc.sql("select * from users where id = :id")
                .param("id", id)
                .query(Users::map)
                .optional();
    }

    /** Locks the row until the transaction ends, so concurrent changes of one profile take turns. */
    public Optional<User> byIdForUpdate(UUID id) {
        return jdbc.sql("select * from users where id = :id for update")
                .param("id", id)
                .query(Users::map)
                .optional();
    }

    public Optional<User> byEmail(String normalisedEmail) {
        return jdbc.sql("select * from users where email = :email")
                .param("email", normalisedEmail)
                .query(Users::map)
                .optional();
    }

    /** The accounts with these ids (in no particular order); unknown ids are simply not found. */
    public List<User> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from users where id in (:ids)")
                .param("ids", ids)
                .query(Users::map)
                .list();
    }

    /** The accounts with these normalised emails (in no particular order). */
    public List<User> byEmails(Collection<String> normalisedEmails) {
        if (normalisedEmails.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from users where email in (:emails)")
                .param("emails", normalisedEmails)
                .query(Users::map)
                .list();
    }

    public Optional<String> passwordHashOf(UUID id) {
        return jdbc.sql("select password_hash from users where id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    public void updateProfile(User user) {
        jdbc.sql("""
                        update users set name = :name, timezone = :timezone, locale = :locale, theme = :theme,
                            default_task_sort = :sort, notify_email = :notifyEmail, notify_push = :notifyPush,
                            notify_in_app = :notifyInApp, notify_daily_digest = :notifyDailyDigest,
                            updated_at = :updatedAt, version = :version
                        where id = :id""").params(profileParams(user)).update();
    }

    public void updatePasswordHash(UUID id, String passwordHash, Instant now) {
        jdbc.sql("update users set password_hash = :hash, updated_at = :now, version = version + 1 where id = :id")
                .param("id", id)
                .param("hash", passwordHash)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Marks the address proved; {@code false} when it already was (nothing changed). */
    public boolean markEmailVerified(UUID id, Instant now) {
        return jdbc.sql("""
                        update users set email_verified = true, updated_at = :now, version = version + 1
                        where id = :id and not email_verified""").param("id", id).param("now", Timestamp.from(now)).update() == 1;
    }

    /** A new, proved address. @throws EmailAlreadyRegistered when another account has it meanwhile */
    public void changeEmail(UUID id, String normalisedEmail, Instant now) {
        try {
            jdbc.sql("""
                            update users set email = :email, email_verified = true, updated_at = :now,
                                version = version + 1
                            where id = :id""")
                    .param("id", id)
                    .param("email", normalisedEmail)
                    .param("now", Timestamp.from(now))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new EmailAlreadyRegistered(e);
        }
    }

    public void updateRoles(UUID id, List<String> roles, Instant now) {
        jdbc.sql("update users set roles = :roles, updated_at = :now, version = version + 1 where id = :id")
                .param("id", id)
                .param("roles", roles.toArray(String[]::new))
                .param("now", Timestamp.from(now))
                .update();
    }

    private static Map<String, Object> profileParams(User user) {
        NotificationPreferences n = user.notificationPreferences();
        Map<String, Object> params = new HashMap<>();
        params.put("id", user.id());
        params.put("email", user.email());
        params.put("name", user.name());
        params.put("timezone", user.timezone());
        params.put("locale", user.locale());
        params.put("theme", user.theme());
        params.put("sort", user.defaultTaskSort());
        params.put("notifyEmail", n.email());
        params.put("notifyPush", n.push());
        params.put("notifyInApp", n.inApp());
        params.put("notifyDailyDigest", n.dailyDigest());
        params.put("updatedAt", Timestamp.from(user.updatedAt()));
        params.put("version", user.version());
        return params;
    }

    private static User map(ResultSet rs, int row) throws SQLException {
        return new User(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                rs.getString("name"),
                rs.getString("timezone"),
                rs.getString("locale"),
                rs.getString("theme"),
                rs.getString("default_task_sort"),
                new NotificationPreferences(
                        rs.getBoolean("notify_email"),
                        rs.getBoolean("notify_push"),
                        rs.getBoolean("notify_in_app"),
                        rs.getBoolean("notify_daily_digest")),
                List.of((String[]) rs.getArray("roles").getArray()),
                rs.getBoolean("email_verified"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    }
}
