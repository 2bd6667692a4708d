package dev.ordo.identity.user;

import java.util.Locale;

/** One spelling per address, so "Ann@Example.com " and "ann@example.com" are the same account. */
public final class Emails {

    private Emails() {}

    public static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
