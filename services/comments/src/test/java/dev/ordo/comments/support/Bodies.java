package dev.ordo.comments.support;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Request bodies for the tests. */
public final class Bodies {

    private Bodies() {}

    /** A map for a request body from names and values; null values are kept (to clear a field). */
    public static Map<String, Object> body(Object... namesAndValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            m.put((String) namesAndValues[i], value instanceof UUID u ? u.toString() : value);
        }
        return m;
    }
}
