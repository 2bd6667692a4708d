package dev.ordo.identity.support;

import dev.ordo.contracts.identity.grpc.UserDirectoryGrpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.stub.MetadataUtils;
import java.util.concurrent.TimeUnit;

/**
 * A client of identity's gRPC port over a real channel, as projects would be: each call with a deadline and,
 * when it acts for a user, that user's access token in the {@code authorization} metadata.
 */
public final class Directory implements AutoCloseable {

    private static final long DEADLINE_SECONDS = 10;

    private final ManagedChannel channel;

    private Directory(ManagedChannel channel) {
        this.channel = channel;
    }

    public static Directory on(int grpcPort) {
        return new Directory(ManagedChannelBuilder.forAddress("127.0.0.1", grpcPort)
                .usePlaintext()
                .build());
    }

    /** Calls carrying {@code Bearer <accessToken>}. */
    public UserDirectoryGrpc.UserDirectoryBlockingStub as(String accessToken) {
        return withAuthorization("Bearer " + accessToken);
    }

    /** Calls carrying exactly this authorization value. */
    public UserDirectoryGrpc.UserDirectoryBlockingStub withAuthorization(String authorization) {
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), authorization);
        return anonymous().withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    /** Calls without any token. */
    public UserDirectoryGrpc.UserDirectoryBlockingStub anonymous() {
        return UserDirectoryGrpc.newBlockingStub(channel).withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS);
    }

    public HealthGrpc.HealthBlockingStub health() {
        return HealthGrpc.newBlockingStub(channel).withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
}
