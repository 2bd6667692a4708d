package dev.ordo.platform.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param maxBodySize the largest request body a service reads ({@code ordo.web.max-body-size})
 * @param largeBodies paths that take larger bodies than that ({@code ordo.web.large-bodies}), each with
 *     its own limit: a file upload, say, while every other path keeps the small one
 */
@ConfigurationProperties("ordo.web")
public record OrdoWebProperties(DataSize maxBodySize, List<LargeBodies> largeBodies) {

    public OrdoWebProperties {
        maxBodySize = maxBodySize == null ? DataSize.ofKilobytes(256) : maxBodySize;
        largeBodies = largeBodies == null ? List.of() : List.copyOf(largeBodies);
    }

    /**
     * @param paths   path patterns as {@code ordo.security.public-paths} takes them
     *                ({@code /api/v1/comments/*}{@code /attachments})
     * @param maxSize the largest body a request to one of them may have
     */
    public record LargeBodies(List<String> paths, DataSize maxSize) {

        public LargeBodies {
            paths = paths == null ? List.of() : List.copyOf(paths);
            if (maxSize == null) {
                throw new IllegalArgumentException("ordo.web.large-bodies: every entry needs a max-size");
            }
        }
    }
}
