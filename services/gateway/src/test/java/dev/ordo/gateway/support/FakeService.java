package dev.ordo.gateway.support;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Stands in for a service behind the gateway: a real HTTP server on a free local port that records
 * every request it gets, answers {@code /v3/api-docs} with the document it was given, and anything else
 * with a small JSON body naming itself (after a pause, for paths ending in /slow: a service that hangs). A path
 * ending in /stream is answered with server-sent events, each written when the test hands it over
 * ({@link #stream}).
 */
public final class FakeService {

    /** One request as the service saw it (the query string raw, as it came). */
    public record Received(String method, String path, String rawQuery, Headers headers, String body) {

        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    /** How long a request to a path ending in /slow waits before it is answered. */
    public static final Duration SLOW = Duration.ofSeconds(4);

    private final String name;
    private final String apiDocs;
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.BlockingQueue<String> frames = new java.util.concurrent.LinkedBlockingQueue<>();
    private final java.util.concurrent.atomic.AtomicInteger streamsCutOff =
            new java.util.concurrent.atomic.AtomicInteger();

    /** Handed to {@link #stream}: the service ends its open stream. */
    public static final String END_OF_STREAM = "";

    /** Handed to {@link #stream}: the service says nothing for {@link #SLOW} (longer than the gateway's read timeout). */
    public static final String SILENCE = "silence";

    private FakeService(String name, String apiDocs) throws IOException {
        this.name = name;
        this.apiDocs = apiDocs;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    public static FakeService start(String name, String apiDocs) {
        try {
            return new FakeService(name, apiDocs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A local port nothing listens on: a service that is down. */
    public static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The requests that reached this service for exactly this path. */
    public List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    /**
     * The next frame of the stream open on this service (an event, {@link #SILENCE} or {@link #END_OF_STREAM}), written
     * and flushed as soon as it is handed over.
     */
    public void stream(String frame) {
        frames.add(frame);
    }

    /** Drops the frames no stream took (a test's last heartbeats), so the next stream starts clean. */
    public void forgetFrames() {
        frames.clear();
    }

    /** How many of this service's streams the gateway cut off (writing to them failed). */
    public int streamsCutOff() {
        return streamsCutOff.get();
    }

    /** The fake service hanging, as a real one might: this is the service's behaviour, not a test waiting. */
    private static void pause(Duration duration) {
        try {
            new java.util.concurrent.CountDownLatch(1)
                    .await(duration.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        received.add(new Received(
                exchange.getRequestMethod(),
                path,
                exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders(),
                body));
        if (path.endsWith("/slow")) {
            pause(SLOW);
        }
        if (path.endsWith("/stream")) {
            streamEvents(exchange);
            return;
        }
        String answer =
                path.equals("/v3/api-docs") ? apiDocs : "{\"service\":\"" + name + "\",\"path\":\"" + path + "\"}";
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        // a real service echoes the request id and may add headers of its own
        exchange.getResponseHeaders()
                .add("X-Request-Id", String.valueOf(exchange.getRequestHeaders().getFirst("X-Request-Id")));
        exchange.getResponseHeaders().add("X-Served-By", name);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void streamEvents(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().add("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            for (String frame = frames.take(); !frame.equals(END_OF_STREAM); frame = frames.take()) {
                if (frame.equals(SILENCE)) {
                    pause(SLOW);
                    continue;
                }
                out.write(frame.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the gateway hung up: what a real service sees when the stream's client went away
            streamsCutOff.incrementAndGet();
        }
    }
}
