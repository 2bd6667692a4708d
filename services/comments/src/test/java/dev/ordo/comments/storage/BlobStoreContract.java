package dev.ordo.comments.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every {@link BlobStore} does, run against each of them (the local filesystem, an S3-compatible store). */
abstract class BlobStoreContract {

    /** The store under test. */
    protected abstract BlobStore store();

    @Test
    void aBlobPutIsReadBackByteForByte() throws IOException {
        String key = freshKey();
        byte[] bytes = randomBytes(300_000);

        store().put(key, new ByteArrayInputStream(bytes), bytes.length, "application/octet-stream");

        assertThat(store().exists(key)).isTrue();
        assertThat(read(key)).isEqualTo(bytes);
    }

    @Test
    void anEmptyBlobIsABlobToo() throws IOException {
        String key = freshKey();

        store().put(key, new ByteArrayInputStream(new byte[0]), 0, "text/plain");

        assertThat(store().exists(key)).isTrue();
        assertThat(read(key)).isEmpty();
    }

    @Test
    void aSecondPutReplacesTheFirst() throws IOException {
        String key = freshKey();
        store().put(key, new ByteArrayInputStream(new byte[] {1, 2, 3}), 3, "application/octet-stream");

        store().put(key, new ByteArrayInputStream(new byte[] {4, 5}), 2, "application/octet-stream");

        assertThat(read(key)).containsExactly(4, 5);
    }

    @Test
    void aKeyNeverPutIsAbsent() {
        String key = freshKey();

        assertThat(store().exists(key)).isFalse();
        assertThat(store().get(key)).isEmpty();
    }

    @Test
    void aDeletedBlobIsGoneAndDeletingItAgainIsNoError() {
        String key = freshKey();
        store().put(key, new ByteArrayInputStream(new byte[] {1}), 1, "application/octet-stream");

        store().delete(key);
        store().delete(key);

        assertThat(store().exists(key)).isFalse();
        assertThat(store().get(key)).isEmpty();
    }

    @Test
    void aStreamShorterThanItsLengthStoresNothing() {
        String key = freshKey();

        assertThatThrownBy(() -> store().put(key, new ByteArrayInputStream(new byte[10]), 20, "text/plain"))
                .isInstanceOfAny(UncheckedIOException.class, IllegalStateException.class, RuntimeException.class);

        assertThat(store().exists(key)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape", "attachments/../../escape", "/absolute", "a//b", "a/./b", "a\\b", "", "a/"})
    void aKeyThatCouldLeaveTheStoreIsRefused(String key) {
        assertThatThrownBy(() -> store().put(key, new ByteArrayInputStream(new byte[1]), 1, "text/plain"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().get(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().delete(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().exists(key)).isInstanceOf(IllegalArgumentException.class);
    }

    protected static String freshKey() {
        return "attachments/" + UUID.randomUUID();
    }

    protected byte[] read(String key) throws IOException {
        try (InputStream in = store().get(key).orElseThrow()) {
            return in.readAllBytes();
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new Random(n).nextBytes(bytes);
        return bytes;
    }
}
