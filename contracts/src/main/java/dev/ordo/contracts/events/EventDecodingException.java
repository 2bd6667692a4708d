package dev.ordo.contracts.events;

/** A message that is not a readable Ordo event: retrying cannot help, so a consumer dead-letters it at once. */
public class EventDecodingException extends RuntimeException {

    public EventDecodingException(String message, Throwable cause) {
        super(message, cause);
    }
}
