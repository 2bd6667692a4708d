package dev.ordo.projects.support;

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
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Stands in for identity's UserDirectory gRPC server: a real server on a local port, one per test JVM,
 * that knows the users a test tells it about, remembers the authorization header of every call, and
 * can be stopped (identity down) or told to never answer (identity slow).
 */
public final class FakeUserDirectory {

    private static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    private static FakeUserDirectory instance;

    private final Map<String, DirectoryUser> usersByEmail = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private volatile boolean silent;
    private Server server;
    private int port;

    private FakeUserDirectory() {
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

    public void knows(UUID id, String email, String name) {
        usersByEmail.put(email, DirectoryUser.newBuilder().setId(id.toString()).setEmail(email).setName(name)
                .setTimezone("UTC").build());
    }

    /** The authorization header of each call that asked for this email. */
    public List<String> authorizationsOfCallsFor(String email) {
        return calls.stream().filter(c -> c.email().equals(email)).map(Call::authorization).toList();
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
            request.getEmailsList().stream().map(usersByEmail::get).filter(Objects::nonNull)
                    .forEach(reply::addUsers);
            response.onNext(reply.build());
            response.onCompleted();
        }
    }

    private final class RecordAuthorization implements ServerInterceptor {
        @Override
        public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                           ServerCallHandler<Q, R> next) {
            String authorization = headers.get(AUTHORIZATION);
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

    private record Call(String email, String authorization) {
    }

    /** Points the service's {@code identity} gRPC channel at the fake. */
    public static final class Environment implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("fakeUserDirectory",
                    Map.of("ordo.projects.identity-grpc", get().target())));
        }
    }
}
