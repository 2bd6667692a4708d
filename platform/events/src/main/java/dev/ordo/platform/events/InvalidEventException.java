package dev.ordo.platform.events;

/**
 * Thrown by a handler that rejects an event as invalid (it names an unknown role, breaks an invariant the
 * publisher guarantees): no retry can help, so it goes to the consumer group's dead-letter topic at once.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
