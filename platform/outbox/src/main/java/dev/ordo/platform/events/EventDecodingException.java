package dev.ordo.platform.events;

/** A message that is not a readable Ordo event: retrying cannot help, so it goes to the dead-letter topic. */
public class EventDecodingException extends RuntimeException {

    public EventDecodingException(String message, Throwable cause) {
        super(message, cause);
    }
}
