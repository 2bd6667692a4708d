package dev.ordo.comments.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Blobs as objects of one bucket of an S3-compatible store (AWS S3, MinIO, Ceph, S3Mock...), a key its
 * object's key. Writes are whole objects, so a reader never sees half of one.
 */
public final class S3BlobStore implements BlobStore, AutoCloseable {

    private final S3Client s3;
    private final String bucket;

    public S3BlobStore(S3Client s3, String bucket, boolean createBucket) {
        this.s3 = s3;
        this.bucket = bucket;
        if (createBucket) {
            createBucketIfAbsent();
        }
    }

    @Override
    public void put(String key, InputStream content, long length, String contentType) {
        BlobStore.checked(key);
        try {
            s3.putObject(
                    put -> put.bucket(bucket).key(key).contentType(contentType).contentLength(length),
                    RequestBody.fromInputStream(content, length));
            if (content.read() >= 0) {
                delete(key);
                throw new IOException("more than the " + length + " bytes announced for " + key);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SdkException e) {
            throw failed("store", key, e);
        }
    }

    @Override
    public Optional<InputStream> get(String key) {
        BlobStore.checked(key);
        try {
            return Optional.of(s3.getObject(get -> get.bucket(bucket).key(key)));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw failed("read", key, e);
        }
    }

    @Override
    public void delete(String key) {
        BlobStore.checked(key);
        try {
            s3.deleteObject(delete -> delete.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw failed("delete", key, e);
        }
    }

    @Override
    public boolean exists(String key) {
        BlobStore.checked(key);
        try {
            s3.headObject(head -> head.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw failed("look up", key, e);
        } catch (SdkException e) {
            throw failed("look up", key, e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }

    private void createBucketIfAbsent() {
        try {
            s3.headBucket(head -> head.bucket(bucket));
        } catch (NoSuchBucketException e) {
            s3.createBucket(create -> create.bucket(bucket));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            s3.createBucket(create -> create.bucket(bucket));
        }
    }

    private UncheckedIOException failed(String what, String key, SdkException e) {
        return new UncheckedIOException(
                new IOException("cannot " + what + " " + key + " in the bucket " + bucket + ": " + e.getMessage(), e));
    }
}
