package dev.ordo.comments.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code ordo.comments.attachments.*}.
 *
 * @param maxSize       the largest file that may be attached (default 25MB); the request limits
 *                      ({@code spring.servlet.multipart.max-file-size}, {@code ordo.web.large-bodies}, the
 *                      gateway's) follow it in application.yml
 * @param thumbnailSize the longest side of an image's thumbnail, in pixels (default 256)
 */
@ConfigurationProperties("ordo.comments.attachments")
public record AttachmentProperties(DataSize maxSize, Integer thumbnailSize) {

    public AttachmentProperties {
        maxSize = maxSize == null ? DataSize.ofMegabytes(25) : maxSize;
        thumbnailSize = thumbnailSize == null ? 256 : thumbnailSize;
    }
}
