package dev.ordo.platform.grpc;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OAuth 2.0 token endpoint over real HTTP, as identity's {@code POST /oauth2/token} answers (RFC 6749 4.4
 * and 5.2): {@value #CLIENT_ID}/{@value #CLIENT_SECRET} with HTTP Basic get a new token on every request, of
 * the lifetime the test sets; anything else gets RFC 6749's errors. It counts requests and remembers the
 * forms it was sent.
 */
final class TokenEndpoint implements AutoCloseable {

    static final String CLIENT_ID = "reports";
    static final String CLIENT_SECRET = "secret-of-reports";

    private final HttpServer server;
    private final List<String> issued = new CopyOnWriteArrayList<>();
    private final List<String> forms = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile long lifetimeSeconds = 3600;

    TokenEndpoint() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/oauth2/token", this::token);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/token");
    }

    void lifetime(Duration lifetime) {
        lifetimeSeconds = lifetime.toSeconds();
    }

    int requests() {
        return requests.get();
    }

    String latest() {
        return issued.getLast();
    }

    boolean issued(String token) {
        return issued.contains(token);
    }

    List<String> forms() {
        return forms;
    }

    private void token(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        String basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        forms.add(form);
        int status;
        String body;
        if (!basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            status = 401;
            body = "{\"error\":\"invalid_client\"}";
        } else if (!form.contains("grant_type=client_credentials")) {
            status = 400;
            body = "{\"error\":\"unsupported_grant_type\"}";
        } else {
            String token = "service-token-" + UUID.randomUUID();
            issued.add(token);
            status = 200;
            body = "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":" + lifetimeSeconds
                    + ",\"scope\":\"directory\"}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
