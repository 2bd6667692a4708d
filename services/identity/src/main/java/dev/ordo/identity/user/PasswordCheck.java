package dev.ordo.identity.user;

import java.util.UUID;

/** The outcome of checking an email and password. */
public sealed interface PasswordCheck {

    /** No account has the address (the check cost the same time anyway). */
    record NoSuchAccount() implements PasswordCheck {}

    record WrongPassword(UUID userId) implements PasswordCheck {}

    record Correct(User user) implements PasswordCheck {}
}
