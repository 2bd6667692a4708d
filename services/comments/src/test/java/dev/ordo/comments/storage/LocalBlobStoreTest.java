package dev.ordo.comments.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalBlobStoreTest extends BlobStoreContract {

    @TempDir
    Path parent;

    private Path directory;
    private LocalBlobStore store;

    @BeforeEach
    void createStore() {
        directory = parent.resolve("attachments");
        store = new LocalBlobStore(directory);
    }

    @Override
    protected BlobStore store() {
        return store;
    }

    @Test
    void blobsAreFilesInsideTheDirectoryAndNothingIsLeftBesideThem() throws IOException {
        String key = freshKey();
        store.put(key, new ByteArrayInputStream(new byte[] {7, 8, 9}), 3, "application/octet-stream");

        assertThat(directory.resolve(key)).hasBinaryContent(new byte[] {7, 8, 9});
        try (Stream<Path> files = Files.walk(directory)) {
            assertThat(files.filter(Files::isRegularFile)).containsExactly(directory.resolve(key));
        }
        assertThat(parent.toFile().list()).containsExactly("attachments");
    }

    @Test
    void aFailedPutLeavesNoTemporaryFileBehind() throws IOException {
        try {
            store.put(freshKey(), new ByteArrayInputStream(new byte[5]), 6, "text/plain");
        } catch (RuntimeException expected) {
            // the short stream is refused (the contract says so); here only what is left on disk matters
        }
        try (Stream<Path> files = Files.walk(directory)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void theTemporaryFilesPlaceIsNoKey() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.get(".incoming/x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
