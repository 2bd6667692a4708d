package dev.ordo.notifications.preference;

import dev.ordo.notifications.inbox.Channel;
import dev.ordo.notifications.inbox.NotificationTypes;
import dev.ordo.notifications.inbox.RecipientPreferences;
import dev.ordo.notifications.replica.Replicas;
import dev.ordo.notifications.replica.User;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's notification preferences, as the rest of the service asks them: the channels of a type, when quiet
 * hours end, the default reminder, the digest. A user who never chose has the defaults (every type on every channel
 * but task.completed; no quiet hours; no digest, 08:00; no default reminder).
 */
@Service
public class NotificationPreferences implements RecipientPreferences {

    private final PreferenceStore store;
    private final Replicas replicas;

    NotificationPreferences(PreferenceStore store, Replicas replicas) {
        this.store = store;
        this.replicas = replicas;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Channel> channels(UUID recipient, String type) {
        Map<Channel, Boolean> chosen = store.choices(recipient, type);
        Set<Channel> on = EnumSet.noneOf(Channel.class);
        for (Channel channel : Channel.values()) {
            if (chosen.getOrDefault(channel, NotificationTypes.onByDefault(type, channel))) {
                on.add(channel);
            }
        }
        return on;
    }

    @Override
    @Transactional(readOnly = true)
    public Instant outsideQuietHours(UUID recipient, Instant now) {
        QuietHours quiet = settings(recipient).quietHours();
        return quiet == null ? now : quiet.deferred(now, zone(recipient));
    }

    /** The minutes before the due time that a reminder is set by default on a task with a time, or null for none. */
    @Transactional(readOnly = true)
    public @Nullable Integer defaultReminderMinutes(UUID user) {
        return settings(user).defaultReminderMinutes();
    }

    /** Turns {@code type}'s email off for the user (the one-click unsubscribe of a mail). */
    @Transactional
    public void turnEmailOff(UUID user, String type) {
        store.choose(user, type, Channel.EMAIL, false);
    }

    /** Everyone whose digest is on, with the local time they want it. */
    @Transactional(readOnly = true)
    public List<DigestSubscription> digestSubscriptions() {
        return store.digestSubscriptions();
    }

    /** The user's zone (from identity; UTC for a user not heard of or a zone Java does not know). */
    public ZoneId zone(UUID user) {
        return replicas.user(user)
                .map(User::timezone)
                .map(NotificationPreferences::zoneOf)
                .orElse(ZoneOffset.UTC);
    }

    Settings settings(UUID user) {
        return store.settings(user).orElse(Settings.DEFAULTS);
    }

    private static ZoneId zoneOf(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
