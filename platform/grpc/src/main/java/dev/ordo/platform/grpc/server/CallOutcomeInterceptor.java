package dev.ordo.platform.grpc.server;

import io.grpc.ForwardingServerCall;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * The outermost interceptor of every gRPC call. It logs the method, status and duration of each call at
 * debug, and it is the one place where an exception escaping a service becomes a status: a
 * {@link StatusRuntimeException} thrown on purpose keeps its status and description; anything else becomes
 * UNAVAILABLE (the database is out of reach: worth a retry) or INTERNAL. The client never sees an
 * exception's message or stack trace; unexpected failures are logged here with theirs.
 * <p>
 * Every service that serves gRPC has it ({@link GrpcServerDefaultsAutoConfiguration}).
 */
public final class CallOutcomeInterceptor implements ServerInterceptor, Ordered {

    private static final Logger log = LoggerFactory.getLogger(CallOutcomeInterceptor.class);

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(
            ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        LoggedCall<Q, R> logged = new LoggedCall<>(call);
        try {
            return new GuardedListener<>(next.startCall(logged, headers), logged);
        } catch (RuntimeException e) {
            logged.fail(e);
            return new ServerCall.Listener<>() {};
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    static Status statusOf(RuntimeException e) {
        if (e instanceof StatusRuntimeException refusal) {
            return refusal.getStatus();
        }
        if (e instanceof TransientDataAccessException || e instanceof DataAccessResourceFailureException) {
            return Status.UNAVAILABLE.withDescription("The service is unavailable right now; try again.");
        }
        return Status.INTERNAL.withDescription("Internal error.");
    }

    /** Remembers that the call was closed, and logs how. */
    private static final class LoggedCall<Q, R> extends ForwardingServerCall.SimpleForwardingServerCall<Q, R> {

        private final long started = System.nanoTime();
        private volatile boolean closed;

        LoggedCall(ServerCall<Q, R> call) {
            super(call);
        }

        @Override
        public void close(Status status, Metadata trailers) {
            closed = true;
            log.atDebug()
                    .addKeyValue("grpcMethod", method())
                    .addKeyValue("grpcStatus", status.getCode())
                    .addKeyValue("durationMs", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started))
                    .log("gRPC {} {}", method(), status.getCode());
            super.close(status, trailers);
        }

        void fail(RuntimeException e) {
            Status status = statusOf(e);
            if (!(e instanceof StatusRuntimeException)) {
                log.error("gRPC {} failed", method(), e);
            }
            if (closed) {
                return;
            }
            // the cause stays here: only the code and our own description go over the wire
            close(Status.fromCode(status.getCode()).withDescription(status.getDescription()), new Metadata());
        }

        void cancelled() {
            log.atDebug().addKeyValue("grpcMethod", method()).log("gRPC {} cancelled by the client", method());
        }

        private String method() {
            return getMethodDescriptor().getFullMethodName();
        }
    }

    /** Catches what the service (or an inner interceptor) throws while handling the call. */
    private static final class GuardedListener<Q, R>
            extends ForwardingServerCallListener.SimpleForwardingServerCallListener<Q> {

        private final LoggedCall<Q, R> call;

        GuardedListener(ServerCall.Listener<Q> listener, LoggedCall<Q, R> call) {
            super(listener);
            this.call = call;
        }

        @Override
        public void onMessage(Q message) {
            guard(() -> super.onMessage(message));
        }

        @Override
        public void onHalfClose() {
            guard(super::onHalfClose);
        }

        @Override
        public void onReady() {
            guard(super::onReady);
        }

        @Override
        public void onCancel() {
            call.cancelled();
            guard(super::onCancel);
        }

        @Override
        public void onComplete() {
            guard(super::onComplete);
        }

        private void guard(Runnable step) {
            try {
                step.run();
            } catch (RuntimeException e) {
                call.fail(e);
            }
        }
    }
}
