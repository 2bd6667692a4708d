package dev.ordo.notifications.live;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The live stream's limits ({@code ordo.notifications.live.*}).
 *
 * @param heartbeat      how often an idle stream gets {@code : heartbeat} (keeps proxies and the gateway from
 *                       closing it, and tells the client it is alive)
 * @param retention      how long the resume log keeps an event for a stream that reconnects with Last-Event-ID
 * @param streamsPerUser open streams a user may hold at once, across replicas; the oldest is closed beyond it
 * @param queue          events waiting to be written to one stream; beyond it for {@code sendTimeout}, the client
 *                       is too slow and its stream is dropped
 * @param sendTimeout    how long an event may wait for room in a stream's queue
 * @param maxDuration    the longest a stream stays open, whatever the token says (it closes earlier when the
 *                       token expires)
 */
@ConfigurationProperties("ordo.notifications.live")
public record LiveProperties(
        @DefaultValue("15s") Duration heartbeat,
        @DefaultValue("1h") Duration retention,
        @DefaultValue("4") int streamsPerUser,
        @DefaultValue("64") int queue,
        @DefaultValue("5s") Duration sendTimeout,
        @DefaultValue("12h") Duration maxDuration) {}
