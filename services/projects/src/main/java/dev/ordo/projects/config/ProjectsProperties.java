package dev.ordo.projects.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ordo.projects.*} (the directory client has its own {@code ordo.projects.directory.*}).
 *
 * @param identityGrpc             identity's gRPC address, used by the {@code identity} channel
 * @param invitationTtl            how long an invitation stays pending before it expires
 * @param invitationExpirySchedule db-scheduler schedule of the expiry job ({@code FIXED_DELAY|60s}, {@code DAILY|03:00})
 */
@ConfigurationProperties("ordo.projects")
public record ProjectsProperties(
        @DefaultValue("static://127.0.0.1:9081") String identityGrpc,
        @DefaultValue("7d") Duration invitationTtl,
        @DefaultValue("FIXED_DELAY|60s") String invitationExpirySchedule) {

    public ProjectsProperties {
        if (invitationTtl.isNegative() || invitationTtl.isZero()) {
            throw new IllegalArgumentException("ordo.projects.invitation-ttl must be positive, was " + invitationTtl);
        }
    }
}
