package dev.ordo.identity.user;

import java.util.ArrayList;
import java.util.List;

/**
 * Everyone is a user. Nobody becomes an admin by registering an address: an operator grants the role to
 * an account that has proved its address ({@code POST /actuator/admins/{email}}).
 */
public final class Roles {

    public static final String USER = "user";
    public static final String ADMIN = "admin";
    public static final List<String> NEW_ACCOUNT = List.of(USER);

    private Roles() {}

    /** {@code roles} with {@code role} added (once) or removed, in a stable order. */
    public static List<String> with(List<String> roles, String role, boolean present) {
        List<String> result = new ArrayList<>(roles);
        result.remove(role);
        if (present) {
            result.add(role);
        }
        return List.copyOf(result);
    }
}
