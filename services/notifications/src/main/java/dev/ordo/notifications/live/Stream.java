package dev.ordo.notifications.live;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;

/**
 * One open stream: its emitter, a bounded queue of events waiting to be written, and one virtual thread writing them,
 * so a client that reads slowly holds up nobody but itself. What was queued is tracked by the number of the last
 * logged event queued ({@link #lastQueued}); reading the log after it, under the stream's lock, queues each event
 * once and in order, however many pokes arrive at once.
 */
final class Stream {

    private static final SseEventBuilder END = SseEmitter.event();

    final UUID id = UUID.randomUUID();
    final UUID user;
    final SseEmitter emitter;
    private final BlockingQueue<SseEventBuilder> queue;
    private final Duration sendTimeout;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ReentrantLock lock = new ReentrantLock();
    private final Runnable onClose;
    private long lastQueued = -1;

    Stream(UUID user, SseEmitter emitter, int capacity, Duration sendTimeout, Runnable onClose) {
        this.user = user;
        this.emitter = emitter;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.sendTimeout = sendTimeout;
        this.onClose = onClose;
        emitter.onCompletion(this::closed);
        emitter.onTimeout(this::close);
        emitter.onError(e -> closed());
        Thread.ofVirtual().name("live-stream-" + id).start(this::write);
    }

    ReentrantLock lock() {
        return lock;
    }

    /** The number of the last logged event queued, or -1 while the stream has not started reading the log. */
    long lastQueued() {
        return lastQueued;
    }

    void queued(long seq) {
        lastQueued = seq;
    }

    /**
     * Queues an event, waiting up to the send timeout for room; a client that has not made room by then is too slow
     * and its stream is closed (it reconnects with Last-Event-ID and is sent what it missed).
     *
     * @return whether it was queued
     */
    boolean offer(SseEventBuilder event) {
        if (closed.get()) {
            return false;
        }
        try {
            if (queue.offer(event, sendTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
        return false;
    }

    /** A heartbeat never waits: when the queue is full the client is behind anyway, and events are in the queue. */
    void heartbeat() {
        if (!closed.get()) {
            queue.offer(SseEmitter.event().comment(" heartbeat"));
        }
    }

    /** Ends the stream (the response completes): over the user's limit, the token expired, too slow. */
    void close() {
        if (closed()) {
            emitter.complete();
        }
    }

    boolean isOpen() {
        return !closed.get();
    }

    /** Marks the stream closed once; @return whether this call closed it. */
    private boolean closed() {
        if (!closed.compareAndSet(false, true)) {
            return false;
        }
        queue.clear();
        queue.offer(END);
        onClose.run();
        return true;
    }

    private void write() {
        try {
            for (SseEventBuilder event = queue.take(); event != END; event = queue.take()) {
                emitter.send(event);
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away (the container tells the emitter, which calls closed())
            closed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
