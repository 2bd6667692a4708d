package dev.ordo.notifications.inbox;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * What the recipient chose, as the inbox asks it when making a notification (the preferences feature answers; the
 * inbox knows nothing of how they are kept).
 */
public interface RecipientPreferences {

    /** The channels the recipient wants {@code type} on. */
    Set<Channel> channels(UUID recipient, String type);

    /**
     * When an email or push may go out to the recipient: {@code now}, or the end of their quiet hours (in their zone)
     * when {@code now} is within them.
     */
    Instant outsideQuietHours(UUID recipient, Instant now);
}
