package dev.ordo.projects.directory;

import dev.ordo.contracts.identity.grpc.FindUsersByEmailRequest;
import dev.ordo.contracts.identity.grpc.UserDirectoryGrpc;
import dev.ordo.contracts.identity.grpc.UsersReply;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.grpc.Deadline;
import io.grpc.StatusRuntimeException;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * identity's UserDirectory over gRPC, as this service (the channel attaches its client-credentials token;
 * identity refuses end users' tokens), within a deadline, retried on transient failures, behind a
 * circuit breaker. Never throws: when identity cannot answer, the lookup says so and the caller goes on
 * without it.
 */
public class UserDirectory {

    private static final Logger log = LoggerFactory.getLogger(UserDirectory.class);

    private final UserDirectoryGrpc.UserDirectoryBlockingStub stub;
    private final DirectoryProperties properties;
    private final Retry retry;
    private final CircuitBreaker circuitBreaker;

    public UserDirectory(
            UserDirectoryGrpc.UserDirectoryBlockingStub stub,
            DirectoryProperties properties,
            Retry retry,
            CircuitBreaker circuitBreaker) {
        this.stub = stub;
        this.properties = properties;
        this.retry = retry;
        this.circuitBreaker = circuitBreaker;
        circuitBreaker
                .getEventPublisher()
                .onStateTransition(
                        event -> log.warn("Circuit to identity's UserDirectory: {}", event.getStateTransition()));
    }

    /** @param normalisedEmail trimmed, lower case (as identity stores it) */
    public DirectoryLookup findByEmail(String normalisedEmail) {
        Deadline deadline = Deadline.after(properties.deadline().toMillis(), TimeUnit.MILLISECONDS);
        FindUsersByEmailRequest request =
                FindUsersByEmailRequest.newBuilder().addEmails(normalisedEmail).build();
        Supplier<UsersReply> call = CircuitBreaker.decorateSupplier(
                circuitBreaker, () -> stub.withDeadline(deadline).findUsersByEmail(request));
        // The breaker counts every attempt. The retry goes round it, so an open circuit is not retried, and
        // stops once the budget is spent (an attempt then could only fail at once, counting as a failure).
        Supplier<UsersReply> lookup = Retry.decorateSupplier(retry, () -> {
            if (deadline.isExpired()) {
                throw new BudgetSpent();
            }
            return call.get();
        });
        try {
            return lookup.get().getUsersList().stream()
                    .filter(user -> normalisedEmail.equalsIgnoreCase(user.getEmail()))
                    .findFirst()
                    .<DirectoryLookup>map(user -> new DirectoryLookup.Found(UUID.fromString(user.getId())))
                    .orElseGet(DirectoryLookup.NotFound::new);
        } catch (CallNotPermittedException e) {
            return new DirectoryLookup.Unavailable("circuit open"); // said once, when it opened
        } catch (BudgetSpent e) {
            return unavailable("no answer within " + properties.deadline().toMillis() + " ms", null);
        } catch (StatusRuntimeException e) {
            return unavailable(e.getStatus().getCode().name(), e.getStatus().getDescription());
        } catch (RuntimeException e) {
            log.warn("UserDirectory.FindUsersByEmail failed unexpectedly", e);
            return new DirectoryLookup.Unavailable(e.getClass().getSimpleName());
        }
    }

    private static DirectoryLookup unavailable(String reason, String detail) {
        log.warn(
                "identity's UserDirectory could not answer ({}{}); going on without it",
                reason,
                detail == null ? "" : ": " + detail);
        return new DirectoryLookup.Unavailable(reason);
    }

    public CircuitBreaker circuitBreaker() {
        return circuitBreaker;
    }

    /** The lookup's deadline passed before another attempt could start. */
    private static final class BudgetSpent extends RuntimeException {
        BudgetSpent() {
            super("deadline passed", null, false, false);
        }
    }
}
