package dev.ordo.notifications.live;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The streams open on this replica, by user. A poke (from any replica, through {@link FanOut}) makes each of the
 * user's streams here read the log after what it queued last; a new stream first reads what it missed (after its
 * Last-Event-ID) and then the unread count. One ticker queues the heartbeats of all.
 *
 * <p>On shutdown the streams are closed first (before the web server's graceful shutdown, which would wait for them
 * to end): their clients reconnect to another replica with Last-Event-ID.
 */
class LocalStreams implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LocalStreams.class);
    private static final int READ_BATCH = 200;

    private final Map<UUID, Set<Stream>> byUser = new ConcurrentHashMap<>();
    private final StreamLog streamLog;
    private final InboxView inbox;
    private final FanOut fanOut;
    private final LiveProperties properties;
    private final ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("live-heartbeat").daemon().factory());

    LocalStreams(StreamLog streamLog, InboxView inbox, FanOut fanOut, LiveProperties properties) {
        this.streamLog = streamLog;
        this.inbox = inbox;
        this.fanOut = fanOut;
        this.properties = properties;
        long period = properties.heartbeat().toMillis();
        ticker.scheduleAtFixedRate(this::heartbeat, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * Opens a stream for the user until {@code until} (the token's expiry), resuming after {@code lastEventId} when
     * given (what was missed is sent first), then the unread count.
     */
    SseEmitter open(UUID user, Long lastEventId, Instant until) {
        Duration left = Duration.between(Instant.now(), until);
        if (left.compareTo(properties.maxDuration()) > 0) {
            left = properties.maxDuration();
        }
        SseEmitter emitter = new SseEmitter(Math.max(1, left.toMillis()));
        Stream[] created = new Stream[1];
        Stream stream =
                new Stream(user, emitter, properties.queue(), properties.sendTimeout(), () -> forget(created[0]));
        created[0] = stream;
        byUser.computeIfAbsent(user, u -> ConcurrentHashMap.newKeySet()).add(stream);
        fanOut.opened(user, stream.id);
        stream.lock().lock();
        try {
            stream.queued(lastEventId == null ? streamLog.last(user) : lastEventId);
            read(stream);
            offerCount(stream);
        } finally {
            stream.lock().unlock();
        }
        return emitter;
    }

    /** The user's log has something new: each of their streams here reads it. */
    void poke(UUID user) {
        for (Stream stream : streamsOf(user)) {
            readers.execute(() -> {
                stream.lock().lock();
                try {
                    if (read(stream)) {
                        offerCount(stream);
                    }
                } catch (RuntimeException e) {
                    log.warn("could not read the live stream log", e);
                } finally {
                    stream.lock().unlock();
                }
            });
        }
    }

    void countChanged(UUID user) {
        for (Stream stream : streamsOf(user)) {
            readers.execute(() -> offerCount(stream));
        }
    }

    /** Closes the stream if it is open here. */
    void close(UUID user, UUID streamId) {
        streamsOf(user).stream().filter(s -> s.id.equals(streamId)).forEach(Stream::close);
    }

    /** A message of {@link FanOut}'s channel. */
    void onMessage(String message) {
        String[] words = message.split(" ");
        try {
            UUID user = UUID.fromString(words[1]);
            switch (words[0]) {
                case "poke" -> poke(user);
                case "count" -> countChanged(user);
                case "close" -> close(user, UUID.fromString(words[2]));
                default -> log.warn("unknown live stream message {}", words[0]);
            }
        } catch (RuntimeException e) {
            log.warn("could not handle the live stream message {}", message, e);
        }
    }

    /** Streams open here (for the tests and the log). */
    int open() {
        return byUser.values().stream().mapToInt(Set::size).sum();
    }

    /**
     * Queues the events logged after what the stream queued last; call under the stream's lock.
     *
     * @return whether a notification was among them (the unread count changed)
     */
    private boolean read(Stream stream) {
        if (stream.lastQueued() < 0) {
            // not started yet: open() reads the log itself once it knows where to start
            return false;
        }
        boolean notified = false;
        List<StreamLog.Logged> events;
        do {
            events = streamLog.since(stream.user, stream.lastQueued(), READ_BATCH);
            for (StreamLog.Logged e : events) {
                if (!stream.offer(SseEmitter.event()
                        .id(Long.toString(e.seq()))
                        .name(e.kind())
                        .data(e.payload(), MediaType.APPLICATION_JSON))) {
                    return false;
                }
                stream.queued(e.seq());
                notified |= LiveEvents.NOTIFICATION.equals(e.kind());
            }
        } while (events.size() == READ_BATCH);
        return notified;
    }

    private void offerCount(Stream stream) {
        stream.offer(SseEmitter.event()
                .name(LiveEvents.UNREAD_COUNT)
                .data(Map.of("count", inbox.unreadCount(stream.user)), MediaType.APPLICATION_JSON));
    }

    private Set<Stream> streamsOf(UUID user) {
        return byUser.getOrDefault(user, Set.of());
    }

    private void forget(Stream stream) {
        byUser.computeIfPresent(stream.user, (u, streams) -> {
            streams.remove(stream);
            return streams.isEmpty() ? null : streams;
        });
        try {
            fanOut.closed(stream.user, stream.id);
        } catch (RuntimeException e) {
            log.warn("could not uncount a closed live stream", e);
        }
    }

    private void heartbeat() {
        byUser.values().forEach(streams -> streams.forEach(Stream::heartbeat));
    }

    private volatile boolean running;

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        ticker.shutdownNow();
        byUser.values().forEach(streams -> List.copyOf(streams).forEach(Stream::close));
        readers.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped before everything else (the graceful shutdown of the web server among them). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
