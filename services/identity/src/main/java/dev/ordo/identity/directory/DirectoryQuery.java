package dev.ordo.identity.directory;

import dev.ordo.identity.user.Emails;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What one directory call may ask for, checked before it reaches the database. A refusal is an
 * INVALID_ARGUMENT status with a description for the caller.
 */
final class DirectoryQuery {

    /** Enough for an invitation or a page of members; anything bigger belongs in a read model built from events. */
    static final int MAX_ENTRIES = 100;

    // UUID.fromString also accepts forms like "1-2-3-4-5"; only the canonical spelling is an id here.
    private static final Pattern CANONICAL_UUID =
            Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    private DirectoryQuery() {}

    /** The emails as registration stores them (trimmed, lower case). */
    static List<String> emails(List<String> emails) {
        requireAtMostMax("emails", emails.size());
        return emails.stream().map(Emails::normalise).toList();
    }

    static List<UUID> ids(List<String> ids) {
        requireAtMostMax("ids", ids.size());
        List<UUID> parsed = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            if (!CANONICAL_UUID.matcher(ids.get(i)).matches()) {
                throw invalid("ids[" + i + "] is not a UUID.");
            }
            parsed.add(UUID.fromString(ids.get(i)));
        }
        return parsed;
    }

    private static void requireAtMostMax(String field, int size) {
        if (size > MAX_ENTRIES) {
            throw invalid("At most " + MAX_ENTRIES + " " + field + " per call, not " + size + ".");
        }
    }

    private static StatusRuntimeException invalid(String description) {
        return Status.INVALID_ARGUMENT.withDescription(description).asRuntimeException();
    }
}
