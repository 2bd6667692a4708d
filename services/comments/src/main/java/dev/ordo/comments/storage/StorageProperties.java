package dev.ordo.comments.storage;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where attachments are stored ({@code ordo.comments.storage.*}).
 *
 * @param type  {@code local} (the default) or {@code s3}
 * @param local the local filesystem's settings
 * @param s3    the S3-compatible store's settings
 * @param sweepInterval how often the bytes of deleted attachments are deleted from the store (default 5m)
 */
@ConfigurationProperties("ordo.comments.storage")
public record StorageProperties(Type type, Local local, S3 s3, Duration sweepInterval) {

    public enum Type {
        LOCAL,
        S3
    }

    public StorageProperties {
        type = type == null ? Type.LOCAL : type;
        local = local == null ? new Local(null) : local;
        s3 = s3 == null ? new S3(null, null, null, false, null, null, false) : s3;
        sweepInterval = sweepInterval == null ? Duration.ofMinutes(5) : sweepInterval;
    }

    /** @param directory where the files are (created if absent) */
    public record Local(Path directory) {
        public Local {
            directory = directory == null ? Path.of("var", "attachments") : directory;
        }
    }

    /**
     * @param endpoint     the store's address; null for AWS itself (found from the region)
     * @param region       the region (default us-east-1; S3-compatible stores mostly ignore it)
     * @param bucket       the bucket holding every attachment
     * @param pathStyle    bucket in the path ({@code http://host/bucket/key}) rather than the host name, as
     *                     most S3-compatible stores want
     * @param accessKey    with {@code secretKey}: static credentials; without: the SDK's default chain
     *                     (environment, profile, instance role)
     * @param secretKey    the secret of {@code accessKey}
     * @param createBucket create the bucket at start when it is absent
     */
    public record S3(
            URI endpoint,
            String region,
            String bucket,
            boolean pathStyle,
            String accessKey,
            String secretKey,
            boolean createBucket) {
        public S3 {
            region = region == null || region.isBlank() ? "us-east-1" : region;
        }
    }
}
