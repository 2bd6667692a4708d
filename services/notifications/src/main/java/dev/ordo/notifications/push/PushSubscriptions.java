package dev.ordo.notifications.push;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PushSubscriptions {

    private static final String COLUMNS = "id, user_id, endpoint, p256dh, auth, created_at";

    private final JdbcClient jdbc;

    PushSubscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The subscription of this endpoint, made or kept: the same endpoint again is the same subscription (a browser
     * subscribing on every start), now of whoever subscribed last on that browser, with the keys it gave last.
     */
    PushSubscription save(UUID user, String endpoint, String p256dh, String auth) {
        return jdbc.sql("""
                        insert into push_subscription (id, user_id, endpoint, p256dh, auth)
                        values (:id, :user, :endpoint, :p256dh, :auth)
                        on conflict (endpoint) do update set user_id = excluded.user_id, p256dh = excluded.p256dh,
                            auth = excluded.auth
                        returning\s""" + COLUMNS)
                .param("id", UUID.randomUUID())
                .param("user", user)
                .param("endpoint", endpoint)
                .param("p256dh", p256dh)
                .param("auth", auth)
                .query(PushSubscriptions::row)
                .single();
    }

    List<PushSubscription> of(UUID user) {
        return jdbc.sql("select " + COLUMNS + " from push_subscription where user_id = :user order by created_at")
                .param("user", user)
                .query(PushSubscriptions::row)
                .list();
    }

    /** @return whether the user had it */
    boolean delete(UUID user, UUID id) {
        return jdbc.sql("delete from push_subscription where id = :id and user_id = :user")
                        .param("id", id)
                        .param("user", user)
                        .update()
                > 0;
    }

    /** The push service said it is gone (404, 410). */
    void gone(UUID id) {
        jdbc.sql("delete from push_subscription where id = :id").param("id", id).update();
    }

    private static PushSubscription row(ResultSet rs, int n) throws SQLException {
        return new PushSubscription(
                rs.getObject("id", UUID.class),
                rs.getObject("user_id", UUID.class),
                rs.getString("endpoint"),
                rs.getString("p256dh"),
                rs.getString("auth"),
                rs.getTimestamp("created_at").toInstant());
    }
}
