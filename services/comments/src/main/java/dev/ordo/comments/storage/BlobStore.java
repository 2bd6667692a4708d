package dev.ordo.comments.storage;

import java.io.InputStream;
import java.util.Optional;

/**
 * Where attachments' bytes live, by key ({@code attachments/<id>}): the local filesystem or an S3-compatible
 * object store ({@code ordo.comments.storage.type}). Keys are made by the service, never taken from a
 * client; a key is letters, digits, {@code . _ -} and {@code /} between segments, none of them {@code .} or
 * {@code ..}. Failures of the store are {@link java.io.UncheckedIOException}s.
 */
public interface BlobStore {

    /**
     * Stores {@code length} bytes read from {@code content} under {@code key}, replacing what was there; a
     * reader sees the whole blob or none of it. Fails (and keeps nothing) when the stream ends early or
     * has more.
     */
    void put(String key, InputStream content, long length, String contentType);

    /** The blob's bytes, to be closed by the caller; empty when there is none. */
    Optional<InputStream> get(String key);

    /** Removes the blob; nothing happens when there is none. */
    void delete(String key);

    boolean exists(String key);

    /** Refuses a key that could name something outside the store's own place. */
    static String checked(String key) {
        if (key == null || key.isEmpty() || key.length() > 512 || key.startsWith("/") || key.endsWith("/")) {
            throw new IllegalArgumentException("not a blob key: " + key);
        }
        for (String segment : key.split("/", -1)) {
            if (segment.isEmpty()
                    || segment.equals(".")
                    || segment.equals("..")
                    || !segment.matches("[A-Za-z0-9._-]+")) {
                throw new IllegalArgumentException("not a blob key: " + key);
            }
        }
        return key;
    }
}
