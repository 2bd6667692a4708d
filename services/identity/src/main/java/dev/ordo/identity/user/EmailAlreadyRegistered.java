package dev.ordo.identity.user;

/** Another account has this address. */
public class EmailAlreadyRegistered extends RuntimeException {

    EmailAlreadyRegistered(Throwable cause) {
        super("email already registered", cause);
    }
}
