package dev.ordo.projects.people;

import java.util.Locale;

/** One spelling per address, as identity stores it: trimmed, lower case. */
public final class Emails {

    private Emails() {}

    public static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
