package dev.ordo.projects.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ordo.contracts.identity.grpc.DirectoryUser;
import dev.ordo.contracts.identity.grpc.FindUsersByEmailRequest;
import dev.ordo.contracts.identity.grpc.UserDirectoryGrpc;
import dev.ordo.contracts.identity.grpc.UsersReply;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Stands in for identity's UserDirectory gRPC server: a real server on a local port, one per test JVM,
 * that knows the users a test tells it about, remembers the authorization header of every call, and
 * can be stopped (identity down) or told to never answer (identity slow). Beside it, identity's token
 * endpoint (real HTTP): it gives {@value #CLIENT_ID}/{@value #CLIENT_SECRET} a new token on every request
 * (lifetime {@link #tokenLifetime}) and counts the requests; the gRPC server refuses calls without the
 * latest or a previous token of it that it was not told to refuse (UNAUTHENTICATED), as identity refuses
 * anything but a service token signed by a key it still has.
 */
public final class FakeUserDirectory {

    public static final String CLIENT_ID = "projects";
    public static final String CLIENT_SECRET = "fake-secret-of-projects";

    private static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    private static FakeUserDirectory instance;

    private final Map<String, DirectoryUser> usersByEmail = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<String> issued = new CopyOnWriteArrayList<>();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private volatile long tokenLifetimeSeconds = 3600;
    private volatile boolean silent;
    private final HttpServer tokenEndpoint;
    private Server server;
    private int port;

    private FakeUserDirectory() {
        try {
            tokenEndpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tokenEndpoint.createContext("/oauth2/token", this::token);
        tokenEndpoint.start();
        start();
    }

    public static synchronized FakeUserDirectory get() {
        if (instance == null) {
            instance = new FakeUserDirectory();
        }
        return instance;
    }

    public String target() {
        return "static://127.0.0.1:" + port;
    }

    public String tokenUri() {
        return "http://127.0.0.1:" + tokenEndpoint.getAddress().getPort() + "/oauth2/token";
    }

    /** The lifetime ({@code expires_in}) of the tokens issued from now on. */
    public void tokenLifetime(Duration lifetime) {
        tokenLifetimeSeconds = lifetime.toSeconds();
    }

    /** Refuses every token issued so far, as identity does once the key that signed them is gone. */
    public void refuseIssuedTokens() {
        refused.addAll(issued);
    }

    public int tokenRequests() {
        return tokenRequests.get();
    }

    /** The token issued last, as the authorization header carries it. */
    public String latestAuthorization() {
        return "Bearer " + issued.getLast();
    }

    private void token(HttpExchange exchange) throws IOException {
        tokenRequests.incrementAndGet();
        String basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String body;
        int status;
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
            body = "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                    + tokenLifetimeSeconds + ",\"scope\":\"directory\"}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    public void knows(UUID id, String email, String name) {
        usersByEmail.put(
                email,
                DirectoryUser.newBuilder()
                        .setId(id.toString())
                        .setEmail(email)
                        .setName(name)
                        .setTimezone("UTC")
                        .build());
    }

    /** The authorization header of each call that asked for this email. */
    public List<String> authorizationsOfCallsFor(String email) {
        return calls.stream()
                .filter(c -> c.email().equals(email))
                .map(Call::authorization)
                .toList();
    }

    public int callsFor(String email) {
        return authorizationsOfCallsFor(email).size();
    }

    /** Calls are received but never answered, until {@link #answer()}. */
    public void goSilent() {
        silent = true;
    }

    public void answer() {
        silent = false;
    }

    public synchronized void stop() {
        try {
            server.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts again on the same port (the client's address does not change). */
    public synchronized void start() {
        try {
            server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", port))
                    .addService(ServerInterceptors.intercept(new Service(), new RecordAuthorization()))
                    .build()
                    .start();
            port = server.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized boolean isRunning() {
        return !server.isShutdown();
    }

    private final class Service extends UserDirectoryGrpc.UserDirectoryImplBase {
        @Override
        public void findUsersByEmail(FindUsersByEmailRequest request, StreamObserver<UsersReply> response) {
            if (silent) {
                return; // the client's deadline ends the call
            }
            UsersReply.Builder reply = UsersReply.newBuilder();
            request.getEmailsList().stream()
                    .map(usersByEmail::get)
                    .filter(Objects::nonNull)
                    .forEach(reply::addUsers);
            response.onNext(reply.build());
            response.onCompleted();
        }
    }

    private final class RecordAuthorization implements ServerInterceptor {
        @Override
        public <Q, R> ServerCall.Listener<Q> interceptCall(
                ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
            String authorization = headers.get(AUTHORIZATION);
            if (authorization == null
                    || issued.stream()
                            .filter(t -> !refused.contains(t))
                            .noneMatch(t -> authorization.equals("Bearer " + t))) {
                call.close(Status.UNAUTHENTICATED.withDescription("no service token"), new Metadata());
                return new ServerCall.Listener<>() {};
            }
            return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(
                    next.startCall(call, headers)) {
                @Override
                public void onMessage(Q message) {
                    if (message instanceof FindUsersByEmailRequest request) {
                        request.getEmailsList().forEach(email -> calls.add(new Call(email, authorization)));
                    }
                    super.onMessage(message);
                }
            };
        }
    }

    private record Call(String email, String authorization) {}

    /** Points the service's {@code identity} gRPC channel at the fake. */
    public static final class Environment implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "fakeUserDirectory",
                            Map.of(
                                    "ordo.projects.identity-grpc",
                                    get().target(),
                                    "ordo.projects.directory.token-uri",
                                    get().tokenUri(),
                                    "ordo.projects.directory.client-secret",
                                    CLIENT_SECRET)));
        }
    }
}
