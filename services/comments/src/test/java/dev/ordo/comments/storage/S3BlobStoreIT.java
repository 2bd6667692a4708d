package dev.ordo.comments.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/** The store contract against a real S3-compatible server (S3Mock), through the AWS SDK as configured. */
class S3BlobStoreIT extends BlobStoreContract {

    private static final String BUCKET = "ordo-test-" + UUID.randomUUID();

    private static StorageProperties.S3 settings;
    private static S3BlobStore store;

    @BeforeAll
    static void startServerAndCreateTheBucket() {
        settings = new StorageProperties.S3(
                S3MockServer.get().endpoint(), "eu-central-1", BUCKET, true, "test-key", "test-secret", true);
        store = StorageConfiguration.s3BlobStore(settings);
    }

    @AfterAll
    static void closeClient() {
        store.close();
    }

    @Override
    protected BlobStore store() {
        return store;
    }

    @Test
    void theBucketIsCreatedWhenAbsentAndTheObjectKeepsItsContentType() {
        try (S3Client s3 = StorageConfiguration.s3Client(settings)) {
            assertThat(s3.listBuckets().buckets())
                    .anySatisfy(bucket -> assertThat(bucket.name()).isEqualTo(BUCKET));

            String key = freshKey();
            store.put(key, new ByteArrayInputStream(new byte[] {1, 2}), 2, "image/png");

            assertThat(s3.headObject(head -> head.bucket(BUCKET).key(key)).contentType())
                    .isEqualTo("image/png");
        }
    }

    @Test
    void aStoreOnAnExistingBucketUsesItAsItIs() {
        String key = freshKey();
        store.put(key, new ByteArrayInputStream(new byte[] {3}), 1, "text/plain");

        try (S3BlobStore again = StorageConfiguration.s3BlobStore(settings)) {
            assertThat(again.exists(key)).isTrue();
        }
    }
}
