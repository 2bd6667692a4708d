package dev.ordo.comments.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Blobs as files under one directory ({@code ordo.comments.storage.local.directory}), a key's segments its
 * sub-directories. A blob is written to a temporary file beside the others and moved into place, so a
 * reader never sees half of one; a key is checked, and its path resolved and compared, so nothing outside
 * the directory is ever read, written or deleted.
 */
public final class LocalBlobStore implements BlobStore {

    private static final String TEMPORARY = ".incoming";

    private final Path root;

    public LocalBlobStore(Path directory) {
        try {
            this.root = Files.createDirectories(directory).toRealPath();
            Files.createDirectories(root.resolve(TEMPORARY));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use " + directory + " for attachments", e);
        }
    }

    @Override
    public void put(String key, InputStream content, long length, String contentType) {
        Path target = pathOf(key);
        Path temporary = null;
        try {
            temporary = Files.createTempFile(root.resolve(TEMPORARY), "blob-", ".part");
            long written;
            try (OutputStream out = Files.newOutputStream(temporary)) {
                written = content.transferTo(out);
            }
            if (written != length) {
                throw new IOException("expected " + length + " bytes for " + key + ", got " + written);
            }
            Files.createDirectories(target.getParent());
            move(temporary, target);
            temporary = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temporary != null) {
                deleteQuietly(temporary);
            }
        }
    }

    @Override
    public Optional<InputStream> get(String key) {
        try {
            return Optional.of(Files.newInputStream(pathOf(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(pathOf(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(pathOf(key));
    }

    private Path pathOf(String key) {
        Path path = root.resolve(BlobStore.checked(key)).normalize();
        if (!path.startsWith(root) || path.equals(root) || path.startsWith(root.resolve(TEMPORARY))) {
            throw new IllegalArgumentException("not a blob key: " + key);
        }
        return path;
    }

    /** Atomic where the filesystem can (it can within one directory tree on every usual one). */
    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a stray temporary file is harmless; it is not a blob
        }
    }
}
