package dev.ordo.platform.events;

/**
 * A read model a service builds from events (a replica of another service's data), registered as a bean so
 * {@code POST /actuator/replay} can rebuild it: its listeners stop, {@link #reset()} runs (in one transaction
 * with clearing the processed-event marks), the consumer groups go back to the first event, and the listeners
 * start again.
 */
public interface ReplayableReadModel {

    /** A short name for logs and the endpoint's answer, e.g. {@code project-replica}. */
    String name();

    /** Forgets what was built from events, so the replay builds it again. Runs inside a transaction. */
    void reset();
}
