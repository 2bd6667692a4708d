package dev.ordo.projects.web;

import dev.ordo.platform.web.ApiException;
import java.util.Map;
import java.util.TreeSet;

/**
 * Request bodies collect the fields they do not know (with {@code @JsonAnySetter}) so that a client
 * sending {@code role} or {@code ownerId} hears that they are not accepted, instead of having them
 * silently ignored.
 */
public final class UnknownFields {

    private UnknownFields() {}

    /** @throws ApiException 400 naming the unknown fields, if there are any */
    public static void refuse(Map<String, Object> unknown, String acceptedFields) {
        if (unknown != null && !unknown.isEmpty()) {
            throw ApiException.badRequest("Unknown fields: " + String.join(", ", new TreeSet<>(unknown.keySet()))
                    + ". Accepted are " + acceptedFields + ".");
        }
    }
}
