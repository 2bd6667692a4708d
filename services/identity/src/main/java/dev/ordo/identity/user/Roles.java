package dev.ordo.identity.user;

import java.util.List;

/** Everyone is a user; the addresses the operator lists in the configuration are admins too. */
public final class Roles {

    public static final String USER = "user";
    public static final String ADMIN = "admin";

    private Roles() {
    }

    public static List<String> forNewAccount(String normalisedEmail, List<String> adminEmails) {
        return adminEmails.contains(normalisedEmail) ? List.of(USER, ADMIN) : List.of(USER);
    }
}
