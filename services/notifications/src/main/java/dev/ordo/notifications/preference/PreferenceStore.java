package dev.ordo.notifications.preference;

import dev.ordo.notifications.inbox.Channel;
import java.sql.Time;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** notification_settings (one row per user who chose) and channel_preference (one per choice of type × channel). */
@Repository
class PreferenceStore {

    private final JdbcClient jdbc;

    PreferenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Settings> settings(UUID user) {
        return jdbc.sql("""
                        select quiet_start, quiet_end, digest_enabled, digest_time, default_reminder_minutes
                        from notification_settings where user_id = :u""")
                .param("u", user)
                .query((rs, n) -> {
                    Time start = rs.getTime("quiet_start");
                    Time end = rs.getTime("quiet_end");
                    int minutes = rs.getInt("default_reminder_minutes");
                    return new Settings(
                            start == null ? null : new QuietHours(start.toLocalTime(), end.toLocalTime()),
                            rs.getBoolean("digest_enabled"),
                            rs.getTime("digest_time").toLocalTime(),
                            rs.wasNull() ? null : minutes);
                })
                .optional();
    }

    void putSettings(UUID user, Settings s) {
        jdbc.sql("""
                        insert into notification_settings (user_id, quiet_start, quiet_end, digest_enabled,
                            digest_time, default_reminder_minutes)
                        values (:u, :qs, :qe, :de, :dt, :drm)
                        on conflict (user_id) do update set quiet_start = excluded.quiet_start,
                            quiet_end = excluded.quiet_end, digest_enabled = excluded.digest_enabled,
                            digest_time = excluded.digest_time,
                            default_reminder_minutes = excluded.default_reminder_minutes""")
                .param("u", user)
                .param("qs", s.quietHours() == null ? null : s.quietHours().start())
                .param("qe", s.quietHours() == null ? null : s.quietHours().end())
                .param("de", s.digestEnabled())
                .param("dt", s.digestTime())
                .param("drm", s.defaultReminderMinutes())
                .update();
    }

    /** One choice: {@code type} on {@code channel} on or off. */
    private record Choice(String type, String channel, boolean enabled) {}

    /** The choices the user made, by type and channel (defaults for the rest). */
    Map<String, Map<Channel, Boolean>> choices(UUID user) {
        Map<String, Map<Channel, Boolean>> choices = new HashMap<>();
        jdbc.sql("select type, channel, enabled from channel_preference where user_id = :u")
                .param("u", user)
                .query((rs, n) -> new Choice(rs.getString("type"), rs.getString("channel"), rs.getBoolean("enabled")))
                .list()
                .forEach(c -> Channel.fromWire(c.channel())
                        .ifPresent(channel -> choices.computeIfAbsent(c.type(), t -> new HashMap<>())
                                .put(channel, c.enabled())));
        return choices;
    }

    /** The choices of one type, for the Notifier (one small indexed read). */
    Map<Channel, Boolean> choices(UUID user, String type) {
        return choices(user).getOrDefault(type, Map.of());
    }

    void choose(UUID user, String type, Channel channel, boolean enabled) {
        jdbc.sql("""
                        insert into channel_preference (user_id, type, channel, enabled) values (:u, :t, :c, :e)
                        on conflict (user_id, type, channel) do update set enabled = excluded.enabled""")
                .param("u", user)
                .param("t", type)
                .param("c", channel.wire())
                .param("e", enabled)
                .update();
    }

    /** The users whose digest is on, with the local time they want it. */
    List<DigestSubscription> digestSubscriptions() {
        return jdbc.sql("select user_id, digest_time from notification_settings where digest_enabled")
                .query((rs, n) -> new DigestSubscription(
                        rs.getObject("user_id", UUID.class),
                        rs.getTime("digest_time").toLocalTime()))
                .list();
    }
}
