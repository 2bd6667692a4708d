package dev.ordo.notifications.live;

import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Tells every replica what concerns a user's streams, over one Redis pub/sub channel: a user's streams may be open on
 * any replica, and the one that made a notification does not know which. Messages are small words: {@code poke
 * <user>} (the log has something new: read it), {@code count <user>} (the unread count changed), {@code close <user>
 * <stream>} (a stream over the user's limit). A replica that holds none of the user's streams ignores them.
 *
 * <p>The open streams of a user are counted across replicas in a sorted set per user ({@code
 * ordo:notifications:streams:<user>}, scored by a global counter in opening order); a stream that falls out of the
 * newest {@link LiveProperties#streamsPerUser()} is closed wherever it is. A replica that died leaves its streams
 * there; they are the oldest and fall out first.
 */
class FanOut {

    private static final Logger log = LoggerFactory.getLogger(FanOut.class);
    private static final String STREAMS = "ordo:notifications:streams:";
    private static final String OPENED = "ordo:notifications:streams-opened";

    private final StringRedisTemplate redis;
    private final String channel;
    private final LiveProperties properties;

    FanOut(StringRedisTemplate redis, String channel, LiveProperties properties) {
        this.redis = redis;
        this.channel = channel;
        this.properties = properties;
    }

    String channel() {
        return channel;
    }

    /** The users' logs have something new. */
    void poke(Collection<UUID> users) {
        users.forEach(u -> send("poke " + u));
    }

    void countChanged(UUID user) {
        send("count " + user);
    }

    /** Counts a new stream of the user and closes, wherever they are, those it pushes over the limit. */
    void opened(UUID user, UUID stream) {
        String key = STREAMS + user;
        Long order = redis.opsForValue().increment(OPENED);
        redis.opsForZSet().add(key, stream.toString(), order == null ? 0 : order);
        redis.expire(key, properties.maxDuration().plus(Duration.ofMinutes(1)));
        Set<String> over = redis.opsForZSet().reverseRange(key, properties.streamsPerUser(), -1);
        if (over == null) {
            return;
        }
        for (String old : over) {
            redis.opsForZSet().remove(key, old);
            send("close " + user + " " + old);
        }
    }

    void closed(UUID user, UUID stream) {
        redis.opsForZSet().remove(STREAMS + user, stream.toString());
    }

    /** A message lost (Redis down) loses the live event only: the log has it, the next poke or resume sends it. */
    private void send(String message) {
        try {
            redis.convertAndSend(channel, message);
        } catch (RuntimeException e) {
            log.warn("could not tell the replicas' live streams ({})", message, e);
        }
    }
}
