package dev.ordo.identity.directory;

import dev.ordo.contracts.identity.grpc.DirectoryUser;
import dev.ordo.contracts.identity.grpc.FindUsersByEmailRequest;
import dev.ordo.contracts.identity.grpc.GetUsersRequest;
import dev.ordo.contracts.identity.grpc.UserDirectoryGrpc;
import dev.ordo.contracts.identity.grpc.UsersReply;
import dev.ordo.identity.user.User;
import dev.ordo.identity.user.UserService;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.grpc.server.service.GrpcService;

/**
 * {@code ordo.identity.v1.UserDirectory}: users for the few services that need an answer now rather than a
 * replica built from events. Only the directory fields travel (id, email, name, timezone), and only of accounts
 * whose email is verified: an unverified account is unknown here (an invitation to its address waits for the
 * owner to prove it). Callers (services only) were authenticated before the call gets here; bad input is
 * refused by {@link DirectoryQuery}.
 */
@GrpcService
class UserDirectoryEndpoint extends UserDirectoryGrpc.UserDirectoryImplBase {

    private final UserService users;

    UserDirectoryEndpoint(UserService users) {
        this.users = users;
    }

    @Override
    public void findUsersByEmail(FindUsersByEmailRequest request, StreamObserver<UsersReply> reply) {
        answer(reply, () -> users.findAllByEmail(DirectoryQuery.emails(request.getEmailsList())));
    }

    @Override
    public void getUsers(GetUsersRequest request, StreamObserver<UsersReply> reply) {
        answer(reply, () -> users.findAll(DirectoryQuery.ids(request.getIdsList())));
    }

    /**
     * A refused query is answered with its status rather than thrown, so that the call closes through every
     * interceptor and its metrics and log line show INVALID_ARGUMENT.
     */
    private static void answer(StreamObserver<UsersReply> reply, Supplier<List<User>> lookup) {
        List<User> found;
        try {
            found = lookup.get();
        } catch (StatusRuntimeException refusal) {
            reply.onError(refusal);
            return;
        }
        UsersReply.Builder users = UsersReply.newBuilder();
        for (User user : found.stream().filter(User::emailVerified).toList()) {
            users.addUsers(DirectoryUser.newBuilder()
                    .setId(user.id().toString())
                    .setEmail(user.email())
                    .setName(user.name())
                    .setTimezone(user.timezone()));
        }
        reply.onNext(users.build());
        reply.onCompleted();
    }
}
