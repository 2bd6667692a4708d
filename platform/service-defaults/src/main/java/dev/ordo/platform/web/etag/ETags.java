package dev.ordo.platform.web.etag;

import dev.ordo.platform.problems.VersionMismatch;

/**
 * An object's ETag is its version: {@code "7"}. A change may send If-Match with the ETag it read; when the
 * object has moved on meanwhile, the change is refused ({@link VersionMismatch}, 412) instead of silently
 * overwriting what someone else wrote. Without If-Match (or with {@code *}) the last write wins.
 *
 * <pre>{@code
 * ResponseEntity.ok().eTag(ETags.of(task.version())).body(...);
 * tasks.update(id, changes, ETags.version(ifMatch));   // and in the service:
 * ETags.check(expectedVersion, task.version());
 * }</pre>
 */
public final class ETags {

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an If-Match header asks for; {@code null} when there is none (or it is {@code *}).
     *
     * @throws VersionMismatch for a tag this service never gave out: it cannot match the current one
     */
    public static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new VersionMismatch();
        }
    }

    /** @throws VersionMismatch when an expected version was given and the current one differs */
    public static void check(Long expected, long current) {
        if (expected != null && expected != current) {
            throw new VersionMismatch();
        }
    }
}
