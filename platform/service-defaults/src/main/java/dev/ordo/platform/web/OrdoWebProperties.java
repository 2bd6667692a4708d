package dev.ordo.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** @param maxBodySize the largest request body a service reads ({@code ordo.web.max-body-size}) */
@ConfigurationProperties("ordo.web")
public record OrdoWebProperties(DataSize maxBodySize) {

    public OrdoWebProperties {
        maxBodySize = maxBodySize == null ? DataSize.ofKilobytes(256) : maxBodySize;
    }
}
