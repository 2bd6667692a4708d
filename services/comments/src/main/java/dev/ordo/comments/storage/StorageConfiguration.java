package dev.ordo.comments.storage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** The one {@link BlobStore} the service uses, of {@code ordo.comments.storage.type}. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean
    BlobStore blobStore(StorageProperties properties) {
        return switch (properties.type()) {
            case LOCAL -> new LocalBlobStore(properties.local().directory());
            case S3 -> s3BlobStore(properties.s3());
        };
    }

    static S3BlobStore s3BlobStore(StorageProperties.S3 settings) {
        if (settings.bucket() == null || settings.bucket().isBlank()) {
            throw new IllegalStateException("ordo.comments.storage.s3.bucket is required with type s3");
        }
        return new S3BlobStore(s3Client(settings), settings.bucket(), settings.createBucket());
    }

    /**
     * Checksums only where the API requires them: the SDK's newer default (a trailing checksum on every
     * upload) is not understood by every S3-compatible store.
     */
    static S3Client s3Client(StorageProperties.S3 settings) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        if (settings.accessKey() != null && !settings.accessKey().isBlank()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder.build();
    }
}
