package dev.ordo.notifications.live;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads a live stream as the web app does (fetch with a bearer token, not EventSource): each event, comment
 * (heartbeat) and the end of the stream, as they arrive, on a thread of its own.
 */
final class SseClient implements AutoCloseable {

    /** One event as received; {@code comment} for a comment line ({@code : heartbeat}), with no name or data. */
    record Event(
            @Nullable String id,
            @Nullable String name,
            @Nullable String data,
            @Nullable String comment) {}

    private static final Event END = new Event(null, null, null, null);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final HttpResponse<Stream<String>> response;
    private final Thread reader;

    private SseClient(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = Thread.ofVirtual().start(this::read);
    }

    static SseClient open(String url, String token, @Nullable String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            return new SseClient(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int status() {
        return response.statusCode();
    }

    /** The next event (heartbeats passed over), waiting up to {@code within}; fails if none came or the stream ended. */
    Event next(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            Event e = poll(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (e == null) {
                return fail("no event arrived within " + within);
            }
            if (e == END) {
                return fail("the stream ended");
            }
            if (e.comment() == null) {
                return e;
            }
        }
    }

    /** The next comment line ({@code : heartbeat}), events passed over. */
    Event nextComment(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            Event e = poll(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (e == null || e == END) {
                return fail("no comment arrived within " + within);
            }
            if (e.comment() != null) {
                return e;
            }
        }
    }

    /** The next event named {@code name}, skipping heartbeats and other events on the way. */
    Event next(String name) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            Event e = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (name.equals(e.name())) {
                return e;
            }
        }
    }

    /** Waits until the server ends the stream (heartbeats and events before the end are passed over). */
    void awaitEnd() {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (poll(Duration.ofNanos(Math.max(1, deadline - System.nanoTime()))) == END) {
                return;
            }
        }
        fail("the stream did not end within " + PATIENCE);
    }

    private @Nullable Event poll(Duration within) {
        try {
            return events.poll(within.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void read() {
        String id = null;
        String name = null;
        StringBuilder data = null;
        try (Stream<String> lines = response.body()) {
            for (var it = lines.iterator(); it.hasNext(); ) {
                String line = it.next();
                if (line.isEmpty()) {
                    if (name != null || data != null || id != null) {
                        events.add(new Event(id, name, data == null ? null : data.toString(), null));
                    }
                    id = null;
                    name = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    events.add(new Event(null, null, null, line));
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    String part = line.substring(5);
                    data = data == null
                            ? new StringBuilder(part)
                            : data.append('\n').append(part);
                }
            }
        } catch (RuntimeException e) {
            // the connection was closed (by close() or the server)
        }
        events.add(END);
    }

    @Override
    public void close() {
        reader.interrupt();
        response.body().close();
    }
}
