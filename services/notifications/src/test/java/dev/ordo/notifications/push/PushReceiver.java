package dev.ordo.notifications.push;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A push service in the test JVM (what the browser's vendor runs): takes messages for any endpoint under {@code
 * /push/}, keeps what it received, and answers 201 unless the test said otherwise for that endpoint (410: the
 * browser unsubscribed; 500: a failure).
 */
final class PushReceiver implements AutoCloseable {

    /** One message as it arrived. */
    record Received(String path, Headers headers, byte[] body) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> answers = new ConcurrentHashMap<>();

    PushReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/push/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            received.add(new Received(
                    path,
                    exchange.getRequestHeaders(),
                    exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(answers.getOrDefault(path, 201), -1);
            exchange.close();
        });
        server.start();
    }

    /** A new endpoint of this push service. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/push/" + java.util.UUID.randomUUID();
    }

    /** From now on the push service answers messages for this endpoint with {@code status}. */
    void answer(String endpoint, int status) {
        answers.put(java.net.URI.create(endpoint).getPath(), status);
    }

    List<Received> receivedFor(String endpoint) {
        String path = java.net.URI.create(endpoint).getPath();
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
